// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/democatalogue.h"

#include <QHash>

namespace Nav::Directory::Demo {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

LocalizedText lt(const char *en, const char *fr)
{
    return LocalizedText{u(en), u(fr)};
}

struct RawTerm
{
    const char *code;
    const char *en;
    const char *fr;
};

// Two levels: the two-letter branches, then the service terms under them. Codes follow the
// shape of the AIRS/211 LA taxonomy; names and definitions here are our own plain wording.
const RawTerm rawTerms[] = {
    {"BD", "Food", "Alimentation"},
    {"BH", "Housing and Shelter", "Logement et hébergement"},
    {"BM", "Material Goods", "Biens matériels"},
    {"BT", "Transportation", "Transport"},
    {"BV", "Utilities", "Services publics"},
    {"DM", "Money Management", "Gestion financière"},
    {"DT", "Tax Services", "Services fiscaux"},
    {"FT", "Legal Services", "Services juridiques"},
    {"HH", "Educational Programs", "Programmes éducatifs"},
    {"LF", "Health Screening and Diagnosis", "Dépistage et diagnostic"},
    {"LN", "Outpatient Health Care", "Soins de santé ambulatoires"},
    {"LR", "Rehabilitation and Disability Supports",
     "Réadaptation et soutien aux personnes handicapées"},
    {"LT", "Specialized Treatment and Care", "Traitements et soins spécialisés"},
    {"LV", "Dental Care", "Soins dentaires"},
    {"ND", "Employment", "Emploi"},
    {"NL", "Income Support", "Soutien du revenu"},
    {"PH", "Individual and Family Support", "Soutien aux personnes et aux familles"},
    {"PL", "Recreation", "Loisirs"},
    {"PN", "Mutual Support", "Entraide"},
    {"PS", "Youth Development", "Développement des jeunes"},
    {"RM", "Mental Health Facilities", "Établissements de santé mentale"},
    {"RP", "Mental Health Support and Crisis Services",
     "Soutien en santé mentale et services de crise"},
    {"RX", "Substance Use Services", "Services en dépendances"},
    {"TC", "Community Groups and Centres", "Groupes et centres communautaires"},

    {"BD-1800.2000", "Food Banks", "Banques alimentaires"},
    {"BD-5000.1500", "Community Meals", "Repas communautaires"},
    {"BD-5000.3500", "Home Delivered Meals", "Popote roulante"},
    {"BD-5000.8300", "Soup Kitchens", "Soupes populaires"},
    {"BM-6500.1500", "Clothing", "Vêtements"},
    {"BH-1800.1500-100", "Shelters for Women Leaving Violence",
     "Maisons d'hébergement pour femmes victimes de violence"},
    {"BH-1800.3500", "Drop-in Centres, Showers and Laundry",
     "Haltes-accueil, douches et buanderie"},
    {"BH-1800.8500", "Homeless Shelters", "Refuges pour personnes sans abri"},
    {"BH-1800.9000", "Youth Shelters", "Hébergement pour les jeunes"},
    {"BH-3800.7000", "Rent Payment Assistance", "Aide au paiement du loyer"},
    {"BH-7000.4600", "Affordable and Subsidized Housing", "Logement abordable et subventionné"},
    {"BT-4500.6500-170", "Accessible Transportation", "Transport adapté"},
    {"BT-4500.6500-280", "Community Ride Programs", "Transport collectif et communautaire"},
    {"BT-4500.6500-800", "Medical Appointment Transportation", "Accompagnement-transport médical"},
    {"BV-8900.9300", "Energy Bill Payment Assistance", "Aide au paiement des factures d'énergie"},
    {"DM-1500.1500", "Credit and Budget Counselling", "Consultation budgétaire et en crédit"},
    {"DT-8800.9300", "Free Tax Clinics", "Comptoirs d'impôts gratuits"},
    {"FT-3000", "Family Law", "Droit de la famille"},
    {"FT-3200", "Legal Aid", "Aide juridique"},
    {"FT-3600", "Immigration Legal Services", "Services juridiques en immigration"},
    {"FT-4500.4600", "Tenant Rights", "Droits des locataires"},
    {"HH-0500.8000", "Language Classes for Newcomers", "Cours de langue pour nouveaux arrivants"},
    {"LF-4900.8000", "Sexual Health and STI Testing", "Santé sexuelle et dépistage des ITSS"},
    {"LN-1500", "Community Health Clinics", "Cliniques de santé communautaires"},
    {"LR-1700", "Assistive Devices", "Aides techniques"},
    {"LT-2800", "Home Health Care", "Soins à domicile"},
    {"LT-3400", "Immunizations", "Vaccination"},
    {"LV-1600", "Dental Clinics", "Cliniques dentaires"},
    {"ND-6500.1500", "Job Search and Placement", "Recherche d'emploi et placement"},
    {"ND-6500.9800", "Youth Employment Programs", "Programmes d'emploi pour les jeunes"},
    {"ND-6900", "Job Training", "Formation professionnelle"},
    {"NL-1000", "Social Assistance", "Aide sociale"},
    {"PH-2360.2400", "Family Resource Centres", "Centres de ressources familiales"},
    {"PH-3300.0300", "Adult Day Programs", "Centres de jour"},
    {"PH-3300.2250", "Friendly Visiting", "Visites d'amitié"},
    {"PH-3300.3300", "Home Help", "Aide domestique"},
    {"PH-3600.8000", "Newcomer Settlement Services",
     "Services d'établissement pour nouveaux arrivants"},
    {"PH-6100.1800", "Parenting Education", "Éducation parentale"},
    {"PH-6500.1500-140", "Child Protection", "Protection de l'enfance"},
    {"PH-7000", "Respite Care", "Répit"},
    {"PL-7000.1500", "Day Camps", "Camps de jour"},
    {"PN-8100.0500-070", "Addiction Support Groups", "Groupes d'entraide en dépendances"},
    {"PN-8100.5000", "Mental Health Peer Support", "Entraide en santé mentale"},
    {"PS-9800.9900", "Youth Centres", "Maisons et centres de jeunes"},
    {"RM-6500.6500", "Outpatient Mental Health Services", "Services externes en santé mentale"},
    {"RP-1400.8000-050", "Youth Counselling", "Consultation pour les jeunes"},
    {"RP-1400.8000-100", "Bereavement Support", "Soutien au deuil"},
    {"RP-1500.1400-200", "Domestic Violence Hotlines", "Lignes d'écoute en violence conjugale"},
    {"RP-1500.1400-250", "Crisis Lines", "Lignes de crise"},
    {"RP-1500.1400-750", "Sexual Assault Crisis Lines",
     "Lignes d'écoute pour victimes d'agression sexuelle"},
    {"RP-1500.1400-800", "Suicide Prevention Lines", "Lignes de prévention du suicide"},
    {"RP-1500.3300", "Mobile Crisis Teams", "Équipes mobiles d'intervention de crise"},
    {"RX-1700.1700", "Withdrawal Management", "Désintoxication"},
    {"RX-8250", "Harm Reduction", "Réduction des méfaits"},
    {"RX-8450.8000", "Addiction Counselling", "Consultation en dépendances"},
    {"TC-5500.2400", "Francophone Community Centres", "Centres communautaires francophones"},
    {"TC-5500.3200", "Indigenous Friendship Centres", "Centres d'amitié autochtones"},
    {"TC-5500.8000", "Seniors' Centres", "Centres pour aînés"},
};

struct RawDocument
{
    const char *key;
    const char *en;
    const char *fr;
};

const RawDocument rawDocuments[] = {
    {"id", "Photo identification", "Pièce d'identité avec photo"},
    {"address", "Proof of address (a recent bill or lease)",
     "Preuve d'adresse (facture récente ou bail)"},
    {"income", "Proof of income for everyone in the household",
     "Preuve de revenu de tous les membres du ménage"},
    {"health", "Health card (OHIP or RAMQ), if you have one",
     "Carte santé (OHIP ou RAMQ), si vous en avez une"},
    {"immigration",
     "Immigration documents (permanent resident card, confirmation of permanent residence or "
     "refugee claimant document)",
     "Documents d'immigration (carte de résident permanent, confirmation de résidence permanente "
     "ou document de demandeur d'asile)"},
    {"tax", "Tax slips (T4, T5007, RL-1…) and last year's notice of assessment",
     "Feuillets fiscaux (T4, T5007, RL-1…) et avis de cotisation de l'an dernier"},
    {"lease", "Lease and notice from the landlord", "Bail et avis du propriétaire"},
    {"bill", "The overdue energy bill", "La facture d'énergie en retard"},
    {"referral", "Referral from a doctor or social worker",
     "Recommandation d'un médecin ou d'un travailleur social"},
    {"medical", "Application form signed by a health professional",
     "Formulaire de demande signé par un professionnel de la santé"},
    {"children", "Birth certificates or health cards of the children",
     "Certificats de naissance ou cartes santé des enfants"},
};

struct RawService
{
    const char *key;
    const char *terms;
    const char *nameEn;
    const char *nameFr;
    const char *descEn;
    const char *descFr;
    const char *eligEn;
    const char *eligFr;
    const char *appEn;
    const char *appFr;
    int minAge; // -1 = none
    int maxAge;
    Hours hours;
    Cost cost;
    const char *documents;
    const char *keywords;
    quint16 flags;
    const char *programmeEn;
    const char *programmeFr;
};

const char walkIn[] = "Walk in during opening hours.";
const char walkInFr[] = "Présentez-vous pendant les heures d'ouverture.";
const char callFirst[] = "Call to make an appointment.";
const char callFirstFr[] = "Appelez pour prendre rendez-vous.";
const char anyone[] = "Anyone.";
const char anyoneFr[] = "Toute personne.";
const char lowIncome[] = "People and families with low income.";
const char lowIncomeFr[] = "Personnes et familles à faible revenu.";

const RawService rawServices[] = {
    // Food
    {"foodbank", "BD-1800.2000", "Food Bank", "Banque alimentaire",
     "Emergency groceries for people and families with low income living in {town}. Hampers "
     "include fresh produce, dairy and non-perishable food when available.",
     "Dépannage alimentaire pour les personnes et les familles à faible revenu qui habitent {a}. "
     "Les paniers comprennent des fruits et légumes frais, des produits laitiers et des denrées "
     "non périssables selon les arrivages.",
     "Residents of {town} with low income. One visit a month.",
     "Résidents {de} à faible revenu. Une visite par mois.",
     "Come during distribution hours with identification.",
     "Présentez-vous pendant les heures de distribution avec une pièce d'identité.",
     -1, -1, Hours::FoodBank, Cost::Free, "id address",
     "groceries;food hamper;épicerie;dépannage alimentaire;panier de nourriture", 0,
     "Food Security Program", "Programme de sécurité alimentaire"},
    {"communitymeals", "BD-5000.1500", "Community Meals", "Repas communautaires",
     "Free hot meals served in a welcoming setting. Everyone is welcome and no questions are "
     "asked.",
     "Repas chauds gratuits servis dans un milieu accueillant. Tout le monde est bienvenu, sans "
     "questions.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::Lunch, Cost::Free, "",
     "hot meal;free lunch;repas chaud;dîner gratuit", 0,
     "Food Security Program", "Programme de sécurité alimentaire"},
    {"soupkitchen", "BD-5000.8300", "Soup Kitchen", "Soupe populaire",
     "Lunch every weekday for people who are homeless or living on a low income in {town}, with "
     "coffee and snacks in the afternoon.",
     "Dîner tous les jours de semaine pour les personnes en situation d'itinérance ou à faible "
     "revenu {a}, avec café et collations en après-midi.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::Lunch, Cost::Free, "",
     "soup kitchen;free meal;soupe populaire;repas gratuit", 0, "", ""},
    {"mealsonwheels", "BD-5000.3500", "Meals on Wheels", "Popote roulante",
     "Nutritious hot or frozen meals delivered to the homes of seniors and adults with reduced "
     "mobility in {town}, by volunteers who also check on their well-being.",
     "Repas chauds ou surgelés livrés à domicile {a} aux aînés et aux adultes en perte "
     "d'autonomie, par des bénévoles qui s'assurent aussi de leur bien-être.",
     "Seniors 65 and over, or adults recovering from surgery or living with a disability.",
     "Aînés de 65 ans et plus, ou adultes en convalescence ou ayant une incapacité.",
     callFirst, callFirstFr, 65, -1, Hours::Weekday, Cost::PerMeal, "",
     "meals on wheels;meal delivery;popote roulante;repas livrés", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"clothing", "BM-6500.1500", "Clothing Bank", "Comptoir vestimentaire",
     "Free or low-cost clothing, boots and winter coats for adults and children.",
     "Vêtements, bottes et manteaux d'hiver gratuits ou à petit prix pour adultes et enfants.",
     lowIncome, lowIncomeFr, walkIn, walkInFr, -1, -1, Hours::FoodBank, Cost::Free, "",
     "winter coat;clothes;vêtements;manteau d'hiver", 0, "", ""},
    {"holidayhampers", "BD-1800.2000", "Holiday Hampers", "Paniers de Noël",
     "Holiday food hampers and toys for families with low income. Registration is in November and "
     "early December.",
     "Paniers de Noël et jouets pour les familles à faible revenu. Inscription en novembre et au "
     "début de décembre.",
     lowIncome, lowIncomeFr,
     "Register in person with identification for every member of the household.",
     "Inscrivez-vous en personne avec une pièce d'identité pour chaque membre du ménage.",
     -1, -1, Hours::HolidayHampers, Cost::Free, "id address income children",
     "christmas hamper;toys;panier de Noël;jouets", 0,
     "Food Security Program", "Programme de sécurité alimentaire"},

    // Shelter and housing
    {"homelessshelter", "BH-1800.8500", "Emergency Shelter", "Hébergement d'urgence",
     "Emergency overnight shelter for adults experiencing homelessness in {town}: a bed, supper, "
     "breakfast, showers and help finding housing.",
     "Hébergement d'urgence pour la nuit destiné aux adultes en situation d'itinérance {a} : un "
     "lit, le souper, le déjeuner, des douches et de l'aide pour trouver un logement.",
     "Adults 18 and over. No referral needed.",
     "Adultes de 18 ans et plus. Aucune référence nécessaire.",
     "Come from 7 p.m. or call to check how many beds are free.",
     "Présentez-vous à partir de 19 h ou appelez pour connaître le nombre de lits libres.",
     18, -1, Hours::NightShelter, Cost::Free, "",
     "shelter;bed tonight;homeless;refuge;itinérance;lit pour la nuit", Shelter | Beds,
     "Housing Stability Program", "Programme de stabilité résidentielle"},
    {"familyshelter", "BH-1800.8500", "Family Shelter", "Hébergement pour familles",
     "Temporary shelter for families with children who have lost their housing, with a case worker "
     "and help with housing applications.",
     "Hébergement temporaire pour les familles avec enfants qui ont perdu leur logement, avec un "
     "intervenant attitré et de l'aide pour les demandes de logement.",
     "Families with at least one child under 18.",
     "Familles ayant au moins un enfant de moins de 18 ans.",
     "Call the intake line; admission depends on available rooms.",
     "Appelez la ligne d'accueil; l'admission dépend des chambres disponibles.",
     -1, -1, Hours::AllDay, Cost::Free, "children",
     "family shelter;homeless family;hébergement familial", Shelter | Beds,
     "Housing Stability Program", "Programme de stabilité résidentielle"},
    {"youthshelter", "BH-1800.9000", "Youth Shelter", "Hébergement jeunesse",
     "Short-term shelter and support for young people aged 16 to 24 who are homeless or cannot "
     "stay at home.",
     "Hébergement de courte durée et soutien pour les jeunes de 16 à 24 ans sans abri ou qui ne "
     "peuvent pas rester chez eux.",
     "Youth aged 16 to 24.", "Jeunes de 16 à 24 ans.",
     "Call or come in at any time, day or night.",
     "Appelez ou présentez-vous à toute heure du jour ou de la nuit.",
     16, 24, Hours::AllDay, Cost::Free, "", "youth shelter;runaway;hébergement jeunesse;fugue",
     Shelter | Beds,
     "Youth Program", "Programme jeunesse"},
    {"womensshelter", "BH-1800.1500-100 RP-1500.1400-200", "Shelter for Women and Children",
     "Maison d'hébergement pour femmes et enfants",
     "Safe, confidential shelter for women and their children leaving violence, with 24-hour "
     "crisis support, counselling, safety planning and accompaniment to court and appointments. "
     "The address is never given out: call the intake line.",
     "Hébergement sécuritaire et confidentiel pour les femmes et leurs enfants qui fuient la "
     "violence, avec soutien en situation de crise 24 heures sur 24, intervention, plan de "
     "sécurité et accompagnement à la cour et aux rendez-vous. L'adresse n'est jamais divulguée : "
     "appelez la ligne d'accueil.",
     "Women 16 and over, with or without children, experiencing violence.",
     "Femmes de 16 ans et plus, avec ou sans enfants, vivant de la violence.",
     "Call the 24-hour line.", "Appelez la ligne 24 heures sur 24.",
     16, -1, Hours::AllDay, Cost::Free, "",
     "women's shelter;domestic violence;abuse;maison d'hébergement;violence conjugale",
     Shelter | Beds | Confidential,
     "", ""},
    {"warmingcentre", "BH-1800.8500", "Winter Warming Centre", "Halte-chaleur hivernale",
     "Overnight warming centre open during the coldest months: a warm place, hot drinks, snacks "
     "and mats. No identification required.",
     "Halte-chaleur de nuit ouverte pendant les mois les plus froids : un endroit chaud, des "
     "boissons chaudes, des collations et des matelas. Aucune pièce d'identité exigée.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::WinterNights, Cost::Free, "",
     "warming centre;cold;extreme cold;halte-chaleur;grand froid", Shelter | Beds,
     "Housing Stability Program", "Programme de stabilité résidentielle"},
    {"dropin", "BH-1800.3500", "Day Drop-in", "Halte-accueil de jour",
     "Daytime drop-in with coffee, showers, laundry, mail and telephone, and outreach workers who "
     "help with identification, income and housing.",
     "Halte-accueil de jour avec café, douches, buanderie, réception du courrier et téléphone, et "
     "des intervenants qui aident pour les pièces d'identité, le revenu et le logement.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::DropIn, Cost::Free, "",
     "drop-in;shower;laundry;douche;buanderie;halte-accueil", 0, "", ""},
    {"rentassist", "BH-3800.7000", "Rent Bank", "Aide au paiement du loyer",
     "Interest-free loans or grants to pay rent arrears and avoid eviction, for households with "
     "low income in {town}.",
     "Prêts sans intérêt ou aide financière pour payer les arriérés de loyer et éviter "
     "l'expulsion, pour les ménages à faible revenu {a}.",
     "Tenants with low income at risk of eviction.",
     "Locataires à faible revenu menacés d'expulsion.",
     callFirst, callFirstFr, 18, -1, Hours::Weekday, Cost::Free, "id lease income",
     "eviction;rent arrears;loyer en retard;expulsion", 0,
     "Housing Stability Program", "Programme de stabilité résidentielle"},
    {"housinghelp", "BH-7000.4600", "Affordable Housing Help", "Aide au logement abordable",
     "Help applying for subsidized and affordable housing, searching for an apartment and "
     "understanding the waiting list.",
     "Aide pour demander un logement subventionné ou abordable, chercher un appartement et "
     "comprendre la liste d'attente.",
     lowIncome, lowIncomeFr, callFirst, callFirstFr, 18, -1, Hours::Weekday, Cost::Free, "id income"
         , "social housing;subsidized housing;HLM;logement social", 0,
     "Housing Stability Program", "Programme de stabilité résidentielle"},
    {"tenantrights", "FT-4500.4600", "Tenant Rights Information",
     "Information sur les droits des locataires",
     "Information and advocacy for tenants facing eviction, repairs or a rent increase, including "
     "help preparing for a hearing at the housing tribunal.",
     "Information et défense des droits des locataires aux prises avec une expulsion, des "
     "réparations ou une hausse de loyer, y compris la préparation d'une audience au tribunal du "
     "logement.",
     "Tenants.", "Locataires.", callFirst, callFirstFr, -1, -1, Hours::Weekday, Cost::Free,
     "lease", "landlord;rent increase;propriétaire;hausse de loyer", 0, "", ""},
    {"utilityhelp", "BV-8900.9300", "Energy Bill Assistance", "Aide pour les factures d'énergie",
     "Help with overdue hydro, gas or heating oil bills and with setting up a payment plan to "
     "prevent disconnection.",
     "Aide pour les factures d'électricité, de gaz ou de mazout en retard et pour conclure une "
     "entente de paiement afin d'éviter une interruption de service.",
     lowIncome, lowIncomeFr, callFirst, callFirstFr, 18, -1, Hours::Weekday, Cost::Free,
     "id bill income", "hydro bill;disconnection;facture d'électricité;coupure", 0, "", ""},

    // Crisis and mental health
    {"crisisline", "RP-1500.1400-250", "24-Hour Crisis Line", "Ligne de crise 24 heures sur 24",
     "Confidential telephone support for anyone in emotional distress or crisis, 24 hours a day, 7 "
     "days a week. Trained responders listen, help with safety and connect callers to local "
     "services.",
     "Soutien téléphonique confidentiel pour toute personne en détresse ou en situation de crise, "
     "24 heures sur 24, 7 jours sur 7. Des intervenants formés écoutent, aident à assurer la "
     "sécurité et orientent vers les services locaux.",
     anyone, anyoneFr, "Call at any time.", "Appelez à toute heure.", -1, -1, Hours::AllDay,
     Cost::Free, "", "distress;crisis;suicidal;détresse;crise;ligne d'écoute",
     CrisisLine | Virtual, "", ""},
    {"suicideline", "RP-1500.1400-800", "Suicide Prevention Line", "Ligne de prévention du suicide",
     "Immediate support for people thinking about suicide and for those worried about someone, by "
     "phone and text, at any hour.",
     "Soutien immédiat aux personnes qui pensent au suicide et à leurs proches inquiets, par "
     "téléphone et par texto, à toute heure.",
     anyone, anyoneFr, "Call or text at any time.", "Appelez ou textez à toute heure.", -1, -1,
     Hours::AllDay, Cost::Free, "",
     "suicide;suicidal thoughts;idées suicidaires;prévention du suicide",
     CrisisLine | Virtual | TextLine, "", ""},
    {"sexualassaultline", "RP-1500.1400-750", "Sexual Assault Crisis Line",
     "Ligne d'écoute pour victimes d'agression sexuelle",
     "Confidential support 24 hours a day for survivors of sexual violence of all genders, with "
     "accompaniment to hospital, police or court.",
     "Soutien confidentiel 24 heures sur 24 pour les personnes de tous les genres ayant subi de la "
     "violence sexuelle, avec accompagnement à l'hôpital, au poste de police ou à la cour.",
     anyone, anyoneFr, "Call at any time.", "Appelez à toute heure.", -1, -1, Hours::AllDay,
     Cost::Free, "", "sexual assault;rape;agression sexuelle;viol", CrisisLine | Virtual, "",
     ""},
    {"mobilecrisis", "RP-1500.3300", "Mobile Crisis Team", "Équipe mobile d'intervention de crise",
     "Mental health workers who go to a person in crisis in {town}, at home or in the community, "
     "sometimes with police, to calm the situation and arrange follow-up care.",
     "Des intervenants en santé mentale se rendent auprès de la personne en crise {a}, à domicile "
     "ou dans la communauté, parfois avec la police, pour désamorcer la situation et organiser le "
     "suivi.",
     anyone, anyoneFr, "Call the crisis line; the team is sent when needed.",
     "Appelez la ligne de crise; l'équipe se déplace au besoin.",
     -1, -1, Hours::LateEvening, Cost::Free, "",
     "mobile crisis;mental health emergency;crise;urgence psychosociale", 0, "", ""},
    {"counselling", "RM-6500.6500", "Walk-in Counselling", "Consultation sans rendez-vous",
     "Free single-session counselling for adults, youth and families, with no appointment or "
     "referral needed.",
     "Séance unique de consultation gratuite pour adultes, jeunes et familles, sans rendez-vous ni "
     "référence.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::LongThursday, Cost::Free, "",
     "counselling;therapy;anxiety;consultation;psychologue;anxiété", 0, "", ""},
    {"youthcounselling", "RP-1400.8000-050", "Youth Counselling", "Consultation pour les jeunes",
     "Counselling for young people aged 12 to 24 dealing with anxiety, depression, family "
     "conflict, bullying or substance use.",
     "Consultation pour les jeunes de 12 à 24 ans aux prises avec de l'anxiété, une dépression, "
     "des conflits familiaux, de l'intimidation ou une consommation problématique.",
     "Youth aged 12 to 24.", "Jeunes de 12 à 24 ans.", callFirst, callFirstFr, 12, 24,
     Hours::AfterSchool, Cost::Free, "", "teen;bullying;adolescent;intimidation", 0,
     "Youth Program", "Programme jeunesse"},
    {"bereavement", "RP-1400.8000-100", "Bereavement Support Group", "Groupe de soutien au deuil",
     "Monthly support group for adults grieving the death of a loved one, led by trained "
     "facilitators.",
     "Groupe de soutien mensuel pour les adultes endeuillés, animé par des intervenants formés.",
     "Adults who have lost a loved one.", "Adultes ayant perdu un proche.", callFirst,
     callFirstFr, 18, -1, Hours::MonthlyGroup, Cost::Free, "", "grief;bereavement;deuil", 0, "",
     ""},
    {"peersupport", "PN-8100.5000", "Mental Health Peer Support", "Entraide en santé mentale",
     "Peer-led support for people living with mental health challenges: drop-in, weekly groups and "
     "social activities.",
     "Entraide animée par des pairs pour les personnes qui vivent avec un problème de santé "
     "mentale : accueil libre, groupes hebdomadaires et activités sociales.",
     "Adults living with a mental health condition.",
     "Adultes vivant avec un problème de santé mentale.", walkIn, walkInFr,
     18, -1, Hours::Evening, Cost::Free, "", "peer support;mental illness;entraide;santé mentale",
         0, "", ""},

    // Addiction
    {"detox", "RX-1700.1700", "Withdrawal Management", "Services de désintoxication",
     "Safe, supervised withdrawal from alcohol and drugs in a residential setting, with assessment "
     "and referral to treatment.",
     "Sevrage sécuritaire et supervisé de l'alcool et des drogues en milieu résidentiel, avec "
     "évaluation et orientation vers un traitement.",
     "Adults 18 and over who want to stop using alcohol or drugs.",
     "Adultes de 18 ans et plus qui veulent cesser de consommer de l'alcool ou des drogues.",
     "Call for an assessment; self-referrals accepted.",
     "Appelez pour une évaluation; vous pouvez faire la demande vous-même.",
     18, -1, Hours::AllDay, Cost::Free, "health", "detox;withdrawal;désintoxication;sevrage",
     Beds, "", ""},
    {"addictioncounselling", "RX-8450.8000", "Addiction Counselling", "Consultation en dépendances",
     "Individual and group counselling for people concerned about their use of alcohol, drugs or "
     "cannabis, or about gambling, and for their families.",
     "Consultation individuelle et de groupe pour les personnes préoccupées par leur consommation "
     "d'alcool, de drogues ou de cannabis, ou par le jeu, et pour leurs proches.",
     anyone, anyoneFr, callFirst, callFirstFr, -1, -1, Hours::Weekday, Cost::Free, "",
     "addiction;alcohol;gambling;toxicomanie;alcool;jeu", 0, "", ""},
    {"addictiongroups", "PN-8100.0500-070", "Recovery Support Group",
     "Groupe d'entraide en rétablissement",
     "Weekly peer support meetings for people in recovery from substance use.",
     "Rencontres hebdomadaires d'entraide pour les personnes en rétablissement d'une dépendance.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::Evening, Cost::Free, "",
     "recovery;sobriety;rétablissement;sobriété", 0, "", ""},
    {"harmreduction", "RX-8250", "Harm Reduction Supplies", "Matériel de réduction des méfaits",
     "Free naloxone kits and training, sterile supplies and safe disposal, with nurses and "
     "outreach workers on site.",
     "Trousses de naloxone gratuites et formation, matériel stérile et récupération sécuritaire, "
     "avec infirmières et intervenants de proximité sur place.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::DropIn, Cost::Free, "",
     "naloxone;overdose;needle exchange;surdose;seringues", 0, "", ""},

    // Income and taxes
    {"socialassistanceON", "NL-1000", "Ontario Works", "Ontario au travail",
     "Financial help for food, shelter and other basic needs, and employment supports, for "
     "residents of {town} in temporary financial need.",
     "Aide financière pour la nourriture, le logement et les autres besoins essentiels, et soutien "
     "à l'emploi, pour les résidents {de} dans le besoin.",
     "Ontario residents 18 and over with little or no income.",
     "Résidents de l'Ontario de 18 ans et plus ayant peu ou pas de revenu.",
     "Apply online or by phone; a caseworker calls back within four business days.",
     "Faites la demande en ligne ou par téléphone; un agent vous rappelle dans les quatre jours "
     "ouvrables.",
     18, -1, Hours::WeekdayEarly, Cost::Free, "id address income immigration lease",
     "welfare;social assistance;OW;aide sociale", 0, "", ""},
    {"socialassistanceQC", "NL-1000", "Social Assistance", "Aide sociale",
     "Last-resort financial assistance (social assistance and social solidarity) for people and "
     "families without enough income, with help to apply.",
     "Aide financière de dernier recours (aide sociale et solidarité sociale) pour les personnes "
     "et les familles sans revenu suffisant, avec de l'aide pour faire la demande.",
     "Québec residents 18 and over without enough income.",
     "Résidents du Québec de 18 ans et plus dont le revenu est insuffisant.",
     "Apply online or in person.", "Faites la demande en ligne ou en personne.",
     18, -1, Hours::WeekdayEarly, Cost::Free, "id address income immigration lease",
     "welfare;BS;aide sociale;solidarité sociale", 0, "", ""},
    {"taxclinic", "DT-8800.9300", "Free Tax Clinic", "Comptoir d'impôts gratuit",
     "Volunteers complete simple income tax and benefit returns free of charge, so people keep "
     "receiving their credits and benefits.",
     "Des bénévoles remplissent gratuitement les déclarations de revenus simples, pour que les "
     "gens continuent de recevoir leurs crédits et prestations.",
     "Households with a modest income and a simple tax situation.",
     "Ménages à revenu modeste dont la situation fiscale est simple.",
     "Drop off your papers or book a time by phone.",
     "Déposez vos documents ou prenez rendez-vous par téléphone.",
     -1, -1, Hours::TaxSeason, Cost::Free, "tax id",
     "income tax;tax return;impôts;déclaration de revenus", 0, "", ""},
    {"creditcounselling", "DM-1500.1500", "Budget and Debt Counselling", "Consultation budgétaire",
     "Free, confidential help to make a budget, deal with debt and collection agencies, and avoid "
     "bankruptcy.",
     "Aide gratuite et confidentielle pour faire un budget, gérer ses dettes et les agences de "
     "recouvrement, et éviter la faillite.",
     anyone, anyoneFr, callFirst, callFirstFr, 18, -1, Hours::Weekday, Cost::Free, "income",
     "debt;budget;bankruptcy;dettes;faillite", 0, "", ""},

    // Employment
    {"jobsearch", "ND-6500.1500", "Employment Services", "Services d'aide à l'emploi",
     "Help with résumés, job search, interview practice and connections with local employers, and "
     "a resource centre with computers.",
     "Aide pour le curriculum vitæ, la recherche d'emploi, la préparation aux entrevues et le "
     "contact avec les employeurs de la région, et un centre de ressources avec ordinateurs.",
     "Job seekers who are not in full-time school.",
     "Personnes à la recherche d'un emploi qui ne sont pas aux études à temps plein.",
     walkIn, walkInFr, 16, -1, Hours::Weekday, Cost::Free, "", "job;resume;work;emploi;CV;travail"
         , 0, "", ""},
    {"jobtraining", "ND-6900", "Job Skills Training", "Formation préparatoire à l'emploi",
     "Short training in workplace skills, safety certificates and computer basics, with a paid "
     "work placement.",
     "Formation courte en compétences professionnelles, certificats de sécurité et informatique de "
     "base, avec un stage rémunéré en milieu de travail.",
     "Unemployed adults.", "Adultes sans emploi.", callFirst, callFirstFr, 18, -1, Hours::Weekday,
     Cost::Free, "id", "training;certificate;formation;stage", 0, "", ""},
    {"youthemployment", "ND-6500.9800", "Youth Employment", "Emploi jeunesse",
     "Career guidance, job search help and paid work experience for young people aged 15 to 29 who "
     "are not working or in school.",
     "Orientation, aide à la recherche d'emploi et expériences de travail rémunérées pour les "
     "jeunes de 15 à 29 ans qui ne sont ni aux études ni en emploi.",
     "Young people aged 15 to 29.", "Jeunes de 15 à 29 ans.", walkIn, walkInFr, 15, 29,
     Hours::Weekday, Cost::Free, "", "youth job;first job;emploi jeunesse;premier emploi", 0,
     "Youth Program", "Programme jeunesse"},
    {"summerjobs", "ND-6500.9800", "Summer Jobs for Students", "Emplois d'été pour étudiants",
     "Summer job placements and first-job workshops for students aged 15 to 24.",
     "Placement en emploi d'été et ateliers de premier emploi pour les étudiants de 15 à 24 ans.",
     "Students aged 15 to 24 returning to school in the fall.",
     "Étudiants de 15 à 24 ans qui retournent aux études à l'automne.",
     walkIn, walkInFr, 15, 24, Hours::SummerCamp, Cost::Free, "",
     "summer job;student;emploi d'été;étudiant", 0,
     "Youth Program", "Programme jeunesse"},

    // Newcomers
    {"settlement", "PH-3600.8000", "Newcomer Settlement Services",
     "Services d'établissement pour nouveaux arrivants",
     "Help for permanent residents, refugees and their families settling in {town}: orientation, "
     "forms, housing, schools, health card and referrals, in many languages.",
     "Aide aux résidents permanents, aux réfugiés et à leurs familles qui s'installent {a} : "
     "accueil, formulaires, logement, écoles, carte santé et orientation, en plusieurs langues.",
     "Permanent residents, refugees and their families.",
     "Résidents permanents, réfugiés et leurs familles.", callFirst, callFirstFr,
     -1, -1, Hours::Weekday, Cost::Free, "immigration id",
     "newcomer;immigrant;refugee;nouvel arrivant;immigrant;réfugié", 0, "", ""},
    {"languageclassesON", "HH-0500.8000", "English Classes for Newcomers (LINC)",
     "Cours d'anglais pour nouveaux arrivants (CLIC)",
     "Free English classes for adult permanent residents and refugees, day, evening and online, "
     "with childminding at some sites.",
     "Cours d'anglais gratuits pour les résidents permanents et les réfugiés adultes, de jour, de "
     "soir et en ligne, avec halte-garderie à certains endroits.",
     "Permanent residents and protected persons 18 and over.",
     "Résidents permanents et personnes protégées de 18 ans et plus.",
     "Book a language assessment first.",
     "Prenez d'abord rendez-vous pour une évaluation linguistique.",
     18, -1, Hours::LongThursday, Cost::Free, "immigration",
     "ESL;English class;LINC;cours d'anglais", 0, "", ""},
    {"languageclassesQC", "HH-0500.8000", "French Classes for Immigrants", "Cours de francisation",
     "Free French courses for adult immigrants, full-time or part-time, with a financial allowance "
     "for eligible full-time students.",
     "Cours de français gratuits pour les personnes immigrantes adultes, à temps plein ou à temps "
     "partiel, avec une allocation pour les élèves admissibles à temps plein.",
     "Immigrants 16 and over.", "Personnes immigrantes de 16 ans et plus.",
     "Register online or on site.", "Inscrivez-vous en ligne ou sur place.",
     16, -1, Hours::LongThursday, Cost::Free, "immigration",
     "French class;francization;francisation;cours de français", 0, "", ""},
    {"refugeeclaimants", "PH-3600.8000", "Refugee Claimant Support",
     "Soutien aux demandeurs d'asile",
     "Orientation, help with forms and work permits, and referrals to housing and legal aid for "
     "people who have claimed asylum.",
     "Accueil, aide pour les formulaires et le permis de travail, et orientation vers le logement "
     "et l'aide juridique pour les personnes qui ont demandé l'asile.",
     "Refugee claimants.", "Demandeurs d'asile.", walkIn, walkInFr, -1, -1, Hours::Weekday,
     Cost::Free, "immigration", "asylum;refugee claim;asile;demandeur d'asile", 0, "", ""},
    {"immigrationlegal", "FT-3600", "Immigration Legal Information",
     "Information juridique en immigration",
     "Information about immigration status, sponsorship, citizenship and refugee hearings, and "
     "referral to lawyers.",
     "Information sur le statut d'immigration, le parrainage, la citoyenneté et les audiences de "
     "réfugiés, et orientation vers des avocats.",
     anyone, anyoneFr, callFirst, callFirstFr, -1, -1, Hours::Weekday, Cost::Free, "immigration",
     "sponsorship;citizenship;parrainage;citoyenneté", 0, "", ""},

    // Legal
    {"legalaid", "FT-3200", "Legal Aid", "Aide juridique",
     "Free legal advice and representation for people with low income in housing, income support, "
     "employment, family and criminal matters, depending on eligibility.",
     "Conseils et représentation juridiques gratuits pour les personnes à faible revenu en matière "
     "de logement, de sécurité du revenu, de travail, de famille et de droit criminel, selon "
     "l'admissibilité.",
     "People with low income; financial eligibility is checked.",
     "Personnes à faible revenu; l'admissibilité financière est vérifiée.",
     callFirst, callFirstFr, -1, -1, Hours::Weekday, Cost::Free, "id income",
     "lawyer;legal advice;avocat;conseil juridique", 0, "", ""},
    {"familylaw", "FT-3000", "Family Law Information", "Information en droit de la famille",
     "Information sessions and short advice on separation, custody, support payments and child "
     "protection matters.",
     "Séances d'information et conseils de courte durée sur la séparation, la garde, les pensions "
     "alimentaires et la protection de la jeunesse.",
     anyone, anyoneFr, callFirst, callFirstFr, -1, -1, Hours::Evening, Cost::Free, "",
     "divorce;custody;child support;garde;pension alimentaire", 0, "", ""},

    // Seniors and home care
    {"homecare", "LT-2800", "Home Care", "Soins à domicile",
     "Nursing, personal support and rehabilitation at home for people recovering from illness or "
     "living with a chronic condition or disability.",
     "Soins infirmiers, aide personnelle et réadaptation à domicile pour les personnes qui se "
     "remettent d'une maladie ou vivent avec une maladie chronique ou une incapacité.",
     "Referral by a doctor or hospital, or a request for an assessment by the person or family.",
     "Sur recommandation d'un médecin ou d'un hôpital, ou à la demande de la personne ou de sa "
     "famille pour une évaluation.",
     callFirst, callFirstFr, -1, -1, Hours::WeekdayEarly, Cost::Free, "health",
     "home care;nurse;personal support worker;soins à domicile;infirmière", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"homehelp", "PH-3300.3300", "Home Help for Seniors", "Aide domestique pour aînés",
     "Light housekeeping, laundry, grocery shopping and meal preparation for seniors who want to "
     "stay at home.",
     "Entretien ménager léger, lessive, épicerie et préparation des repas pour les aînés qui "
     "souhaitent demeurer à domicile.",
     "Seniors 65 and over.", "Aînés de 65 ans et plus.", callFirst, callFirstFr, 65, -1,
     Hours::Weekday, Cost::SlidingScale, "", "housekeeping;cleaning;ménage;entretien ménager", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"adultday", "PH-3300.0300", "Adult Day Program", "Centre de jour pour aînés",
     "Supervised day program with activities, a hot lunch and personal care for seniors, including "
     "people living with dementia, giving caregivers a break.",
     "Programme de jour supervisé avec activités, dîner chaud et soins personnels pour les aînés, "
     "y compris les personnes vivant avec une maladie cognitive, qui offre du répit aux proches "
     "aidants.",
     "Seniors 65 and over who need supervision during the day.",
     "Aînés de 65 ans et plus qui ont besoin de supervision pendant la journée.",
     callFirst, callFirstFr, 65, -1, Hours::Weekday, Cost::PerDay, "health",
     "dementia;day program;Alzheimer;centre de jour", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"seniorsactivities", "TC-5500.8000", "Seniors' Activities", "Activités pour aînés",
     "Fitness classes, cards, computer help, outings and lunches for people 55 and over.",
     "Cours de mise en forme, jeux de cartes, aide informatique, sorties et dîners pour les 55 ans "
     "et plus.",
     "People 55 and over.", "Personnes de 55 ans et plus.", walkIn, walkInFr, 55, -1,
     Hours::Weekday, Cost::Membership, "", "seniors club;exercise;club de l'âge d'or;loisirs", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"friendlyvisits", "PH-3300.2250", "Friendly Visits and Calls", "Visites et appels d'amitié",
     "Volunteers visit or phone isolated seniors every week for a chat and to make sure they are "
     "safe.",
     "Des bénévoles visitent ou appellent chaque semaine des aînés isolés pour bavarder et "
     "s'assurer de leur sécurité.",
     "Seniors 65 and over living alone.", "Aînés de 65 ans et plus vivant seuls.", callFirst,
     callFirstFr, 65, -1, Hours::Weekday, Cost::Free, "",
     "loneliness;isolation;solitude;appel d'amitié", 0,
     "Seniors' Program", "Programme pour aînés"},

    // Youth
    {"youthcentre", "PS-9800.9900", "Youth Drop-in", "Accueil pour les jeunes",
     "A safe place after school for youth aged 12 to 17: homework help, sports, games, cooking and "
     "workshops led by youth workers.",
     "Un milieu de vie sécuritaire après l'école pour les jeunes de 12 à 17 ans : aide aux "
     "devoirs, sports, jeux, cuisine et ateliers animés par des intervenants.",
     "Youth aged 12 to 17.", "Jeunes de 12 à 17 ans.", walkIn, walkInFr, 12, 17,
     Hours::AfterSchool, Cost::Free, "", "teen drop-in;homework;maison des jeunes;devoirs", 0,
     "Youth Program", "Programme jeunesse"},
    {"daycamp", "PL-7000.1500", "Summer Day Camp", "Camp de jour estival",
     "Seven-week summer day camp with sports, arts and outings, with subsidized places for "
     "families with low income.",
     "Camp de jour de sept semaines avec sports, arts et sorties, et des places subventionnées "
     "pour les familles à faible revenu.",
     "Children aged 6 to 12.", "Enfants de 6 à 12 ans.",
     "Register in the spring; places are limited.",
     "Inscription au printemps; les places sont limitées.",
     6, 12, Hours::SummerCamp, Cost::PerWeek, "children", "summer camp;day camp;camp de jour;été",
         0,
     "Youth Program", "Programme jeunesse"},

    // Family and parenting
    {"parenting", "PH-6100.1800", "Parenting Workshops", "Ateliers pour parents",
     "Free group workshops on child development, discipline, routines and parenting stress, with "
     "childcare on site.",
     "Ateliers de groupe gratuits sur le développement de l'enfant, la discipline, les routines et "
     "le stress parental, avec halte-garderie sur place.",
     "Parents and caregivers.", "Parents et proches aidants.", callFirst, callFirstFr, -1, -1,
     Hours::Evening, Cost::Free, "", "parenting;discipline;parents;routines", 0,
     "Family Program", "Programme pour les familles"},
    {"playgroups", "PH-2360.2400", "Family Drop-in and Playgroups",
     "Halte-garderie et activités parents-enfants",
     "Play-based drop-in programs for children up to 6 with their parents or caregivers, and "
     "support for expecting and new parents.",
     "Activités libres axées sur le jeu pour les enfants jusqu'à 6 ans avec leurs parents ou leurs "
     "proches, et soutien aux futurs et nouveaux parents.",
     "Children up to 6 with a parent or caregiver.",
     "Enfants jusqu'à 6 ans accompagnés d'un parent ou d'un proche.", walkIn, walkInFr,
     -1, 6, Hours::Weekday, Cost::Free, "",
     "playgroup;toddler;new parent;halte-garderie;tout-petits", 0,
     "Family Program", "Programme pour les familles"},
    {"childprotection", "PH-6500.1500-140", "Child Protection Services",
     "Services de protection de l'enfance",
     "Investigates reports of abuse or neglect of children under 18 and supports families to keep "
     "children safe. Anyone with a concern should call; the line is answered 24 hours a day.",
     "Enquête sur les signalements de mauvais traitements ou de négligence envers des enfants de "
     "moins de 18 ans et aide les familles à assurer leur sécurité. Toute personne inquiète doit "
     "appeler; la ligne répond 24 heures sur 24.",
     "Children under 18 and their families.", "Enfants de moins de 18 ans et leurs familles.",
     "Call at any time to report a concern.", "Appelez à toute heure pour faire un signalement.",
     -1, 17, Hours::AllDay, Cost::Free, "",
     "child abuse;neglect;report;DPJ;signalement;maltraitance", 0, "", ""},

    // Health
    {"communityclinic", "LN-1500", "Community Health Clinic", "Clinique de santé communautaire",
     "Primary care by nurse practitioners and doctors for people with or without a family doctor, "
     "including people without health insurance.",
     "Soins de première ligne par des infirmières praticiennes et des médecins pour les personnes "
     "avec ou sans médecin de famille, y compris les personnes sans assurance maladie.",
     anyone, anyoneFr, "Call to register or come to the walk-in clinic.",
     "Appelez pour vous inscrire ou venez à la clinique sans rendez-vous.",
     -1, -1, Hours::LongThursday, Cost::Free, "health",
     "doctor;nurse practitioner;walk-in clinic;médecin;infirmière;clinique sans rendez-vous", 0, ""
     , ""},
    {"vaccination", "LT-3400", "Vaccination Clinic", "Clinique de vaccination",
     "Routine vaccines for children and adults, and flu and COVID-19 vaccines in season, by "
     "appointment or walk-in.",
     "Vaccins de routine pour enfants et adultes, et vaccins contre la grippe et la COVID-19 en "
     "saison, sur rendez-vous ou sans rendez-vous.",
     anyone, anyoneFr, callFirst, callFirstFr, -1, -1, Hours::Weekday, Cost::Free, "health",
     "vaccine;flu shot;immunization;vaccin;grippe", 0, "", ""},
    {"dental", "LV-1600", "Low-Cost Dental Clinic", "Clinique dentaire à faible coût",
     "Cleanings, fillings and extractions at reduced cost for adults and children with low income.",
     "Nettoyages, plombages et extractions à coût réduit pour adultes et enfants à faible revenu.",
     lowIncome, lowIncomeFr, callFirst, callFirstFr, -1, -1, Hours::Weekday, Cost::SlidingScale,
     "income health", "dentist;toothache;dentiste;mal de dents", 0, "", ""},
    {"sexualhealth", "LF-4900.8000", "Sexual Health Clinic", "Clinique de santé sexuelle",
     "Confidential testing and treatment of sexually transmitted infections, birth control and "
     "pregnancy tests.",
     "Dépistage et traitement confidentiels des infections transmissibles sexuellement, "
     "contraception et tests de grossesse.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::Evening, Cost::Free, "",
     "STI;birth control;ITSS;contraception", 0, "", ""},

    // Transportation
    {"paratransit", "BT-4500.6500-170", "Accessible Transit", "Transport adapté",
     "Door-to-door accessible transportation in {town} for people who cannot use regular public "
     "transit because of a disability.",
     "Transport porte-à-porte adapté {a} pour les personnes qui ne peuvent pas utiliser le "
     "transport en commun régulier en raison d'une incapacité.",
     "People with a disability that prevents them from using regular transit; approval required.",
     "Personnes ayant une incapacité qui les empêche d'utiliser le transport régulier; admission "
     "requise.",
     "Apply with the form signed by a health professional, then book trips by phone.",
     "Faites la demande avec le formulaire signé par un professionnel de la santé, puis réservez "
     "vos déplacements par téléphone.",
     -1, -1, Hours::Transit, Cost::PerTrip, "medical",
     "paratransit;wheelchair transport;transport adapté;fauteuil roulant", 0, "", ""},
    {"medicalrides", "BT-4500.6500-800", "Medical Appointment Rides",
     "Accompagnement-transport médical",
     "Volunteer drivers take seniors and people without transportation to medical appointments, "
     "with someone to accompany them if needed.",
     "Des bénévoles conduisent les aînés et les personnes sans moyen de transport à leurs "
     "rendez-vous médicaux, avec accompagnement au besoin.",
     "Seniors and people without a way to get to appointments.",
     "Aînés et personnes sans moyen de se rendre à leurs rendez-vous.",
     "Book at least 48 hours ahead.", "Réservez au moins 48 heures à l'avance.", -1, -1,
     Hours::Weekday, Cost::PerTrip, "",
     "ride;driver;medical appointment;transport médical;rendez-vous", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"communityride", "BT-4500.6500-280", "Rural Community Transportation",
     "Transport collectif rural",
     "Scheduled and on-demand rides between rural areas and {town} for shopping, work and "
     "appointments.",
     "Transport régulier et sur demande entre les secteurs ruraux et {town} pour les courses, le "
     "travail et les rendez-vous.",
     anyone, anyoneFr, "Reserve the day before.", "Réservez la veille.", -1, -1, Hours::Weekday,
     Cost::PerTrip, "", "bus;rural transport;autobus;transport collectif", 0, "", ""},

    // Disability
    {"assistivedevices", "LR-1700", "Assistive Devices Loans", "Prêt d'aides techniques",
     "Short-term loans of wheelchairs, walkers, bath seats and other equipment, and help applying "
     "for funding for your own devices.",
     "Prêt à court terme de fauteuils roulants, de marchettes, de sièges de bain et d'autre "
     "équipement, et aide pour demander du financement pour vos propres aides techniques.",
     "People with a temporary or permanent disability.",
     "Personnes ayant une incapacité temporaire ou permanente.", callFirst, callFirstFr,
     -1, -1, Hours::Weekday, Cost::Free, "", "wheelchair;walker;fauteuil roulant;marchette", 0, ""
     , ""},
    {"respite", "PH-7000", "Respite for Caregivers", "Répit pour proches aidants",
     "In-home and weekend respite for families caring for a child or adult with a disability.",
     "Répit à domicile et de fin de semaine pour les familles qui prennent soin d'un enfant ou "
     "d'un adulte ayant une incapacité.",
     "Families caring for a person with a disability.",
     "Familles qui prennent soin d'une personne ayant une incapacité.", callFirst, callFirstFr,
     -1, -1, Hours::Weekday, Cost::SlidingScale, "", "respite;caregiver;répit;proche aidant", 0,
     "", ""},

    // Indigenous
    {"friendshipcentre", "TC-5500.3200", "Indigenous Cultural Programs",
     "Programmes culturels autochtones",
     "Cultural programs, Elders' teachings, drum and language circles, and a drop-in for First "
     "Nations, Inuit and Métis people living in {town}.",
     "Programmes culturels, enseignements des aînés, cercles de tambour et de langue, et milieu "
     "d'accueil pour les membres des Premières Nations, les Inuit et les Métis vivant {a}.",
     "First Nations, Inuit and Métis people and their families.",
     "Membres des Premières Nations, Inuit et Métis et leurs familles.", walkIn, walkInFr,
     -1, -1, Hours::Weekday, Cost::Free, "",
     "Indigenous;First Nations;Elder;Autochtone;Premières Nations", 0, "", ""},
    {"indigenoushealth", "LN-1500", "Indigenous Health and Healing",
     "Santé et guérison autochtones",
     "Primary care, traditional healing, mental wellness counselling and help finding your way in "
     "the health system, in a culturally safe setting.",
     "Soins de première ligne, guérison traditionnelle, consultation en mieux-être mental et "
     "accompagnement dans le réseau de la santé, dans un milieu culturellement sécuritaire.",
     "First Nations, Inuit and Métis people.", "Membres des Premières Nations, Inuit et Métis.",
     callFirst, callFirstFr,
     -1, -1, Hours::Weekday, Cost::Free, "health",
     "traditional healing;wellness;guérison traditionnelle;mieux-être", 0, "", ""},
    {"indigenousfamily", "PH-2360.2400", "Indigenous Family Support",
     "Soutien aux familles autochtones",
     "Support for Indigenous parents and children: prenatal care, parenting circles, help when "
     "child protection is involved, and cultural activities.",
     "Soutien aux parents et aux enfants autochtones : suivi prénatal, cercles de parents, "
     "accompagnement en protection de la jeunesse et activités culturelles.",
     "Indigenous families.", "Familles autochtones.", callFirst, callFirstFr, -1, -1,
     Hours::Weekday, Cost::Free, "", "Indigenous family;parenting circle;famille autochtone", 0,
     "Family Program", "Programme pour les familles"},
    {"indigenoushousing", "BH-7000.4600", "Indigenous Housing Outreach",
     "Accompagnement en logement pour Autochtones",
     "Outreach workers help Indigenous people who are homeless or at risk find and keep housing, "
     "including people who have moved from northern communities.",
     "Des intervenants de proximité aident les Autochtones sans logement ou à risque de le perdre "
     "à trouver et à garder un logement, y compris les personnes venues des communautés du Nord.",
     "Indigenous adults.", "Adultes autochtones.", walkIn, walkInFr, 18, -1, Hours::Weekday,
     Cost::Free, "", "Indigenous housing;outreach;logement autochtone", 0,
     "Housing Stability Program", "Programme de stabilité résidentielle"},

    // Francophone services in Ontario
    {"francosettlement", "TC-5500.2400 PH-3600.8000", "French-Language Settlement Services",
     "Services d'établissement en français",
     "Settlement services in French for French-speaking newcomers to {town}: orientation, "
     "employment, schools and connections with the francophone community.",
     "Services d'établissement en français pour les nouveaux arrivants d'expression française {a} "
     ": accueil, emploi, écoles et intégration dans la communauté francophone.",
     "French-speaking newcomers.", "Nouveaux arrivants d'expression française.", callFirst,
     callFirstFr,
     -1, -1, Hours::Weekday, Cost::Free, "immigration",
     "francophone;newcomer;nouvel arrivant;francophone", 0, "", ""},
    {"francohealth", "LN-1500", "Health Care in French", "Soins de santé en français",
     "Primary care, health promotion and social services offered in French to the francophone "
     "community of {town}.",
     "Soins de première ligne, promotion de la santé et services sociaux offerts en français à la "
     "communauté francophone {de}.",
     anyone, anyoneFr, callFirst, callFirstFr, -1, -1, Hours::LongThursday, Cost::Free, "health",
     "médecin;French-speaking doctor;soins en français", 0, "", ""},
    {"francoseniors", "TC-5500.8000", "Francophone Seniors' Club", "Club des aînés francophones",
     "Social activities, meals and information sessions in French for francophone seniors.",
     "Activités sociales, repas et séances d'information en français pour les aînés francophones.",
     "People 55 and over.", "Personnes de 55 ans et plus.", walkIn, walkInFr, 55, -1,
     Hours::Weekday, Cost::Membership, "", "aînés francophones;club social", 0,
     "Seniors' Program", "Programme pour aînés"},
    {"francocultural", "TC-5500.2400", "Francophone Cultural Centre", "Centre culturel francophone",
     "Cultural activities, shows, a French-language library and community events.",
     "Activités culturelles, spectacles, bibliothèque en français et événements communautaires.",
     anyone, anyoneFr, walkIn, walkInFr, -1, -1, Hours::LongThursday, Cost::Membership, "",
     "culture;francophonie;spectacles", 0, "", ""},
};

struct RawOrg
{
    const char *key;
    Region region;
    double weight;
    int minPopulation;
    const char *nameEn;
    const char *nameFr;
    const char *descEn;
    const char *descFr;
    const char *services;
    int kind; // 0 plain, 1 distinctive shelter, 2 women's shelter, 3 distinctive
};

const RawOrg rawOrgs[] = {
    {"foodbank", Region::Any, 9, 0, "{town} Food Bank", "Banque alimentaire {de}",
     "Community food bank serving {town}, run mostly by volunteers and supported by local donors.",
     "Banque alimentaire communautaire au service de la population {de}, animée surtout par des "
     "bénévoles et soutenue par les donateurs de la région.",
     "foodbank +communitymeals ?clothing +holidayhampers ?taxclinic", 0},
    {"foodaidqc", Region::Quebec, 4, 0, "{town} Emergency Food Aid", "Dépannage alimentaire {de}",
     "Emergency food aid and community kitchens for households in {town}.",
     "Dépannage alimentaire et cuisines collectives pour les ménages {de}.",
     "foodbank +clothing +holidayhampers", 0},
    {"soupkitchen", Region::Any, 3, 8000, "{town} Soup Kitchen", "Soupe populaire {de}",
     "Meals and a warm welcome for anyone who is hungry in {town}.",
     "Repas et accueil chaleureux pour toute personne qui a faim {a}.",
     "soupkitchen +communitymeals ?dropin", 0},
    {"shelter", Region::Any, 5, 15000, "{name} Shelter", "Centre d'hébergement {name}",
     "Emergency shelter and housing support for people experiencing homelessness in {town}.",
     "Hébergement d'urgence et soutien au logement pour les personnes en situation d'itinérance "
     "{a}.",
     "homelessshelter +dropin ?warmingcentre ?familyshelter +housinghelp", 1},
    {"youthshelter", Region::Any, 2, 40000, "{name} Youth Services", "Hébergement jeunesse {name}",
     "Shelter, counselling and a path to housing and work for young people in {town}.",
     "Hébergement, consultation et cheminement vers le logement et l'emploi pour les jeunes {de}.",
     "youthshelter +youthcounselling ?youthemployment", 1},
    {"womensshelter", Region::Any, 0, 0, "{name} House", "Maison {name}",
     "Shelter and support for women and children leaving violence in {town} and the surrounding "
     "area.",
     "Hébergement et soutien pour les femmes et les enfants victimes de violence {de} et des "
     "environs.",
     "womensshelter", 2},
    {"housingon", Region::Ontario, 3, 10000, "{town} Housing Help Centre",
     "Centre d'aide au logement {de}",
     "Helps tenants and people looking for housing in {town} find and keep a home.",
     "Aide les locataires et les personnes qui cherchent un logement {a} à trouver et à garder un "
     "toit.",
     "housinghelp +rentassist +tenantrights ?utilityhelp", 0},
    {"housingqc", Region::Quebec, 3, 10000, "{town} Housing Committee", "Comité logement {de}",
     "Tenants' rights group and housing help for households in {town}.",
     "Groupe de défense des droits des locataires et aide au logement pour les ménages {de}.",
     "tenantrights +housinghelp ?rentassist ?utilityhelp", 0},
    {"crisison", Region::Ontario, 2, 20000, "{town} Distress Centre", "Centre de détresse {de}",
     "Crisis and distress lines answered by trained volunteers and staff for {town} and the "
     "region.",
     "Lignes de crise et d'écoute répondues par des bénévoles et des employés formés pour la "
     "région {de}.",
     "crisisline +suicideline ?mobilecrisis", 0},
    {"crisisqc", Region::Quebec, 2, 20000, "{town} Crisis Centre", "Centre de crise {de}",
     "Crisis intervention by phone and in person, and short-term crisis beds, for the region of "
     "{town}.",
     "Intervention de crise par téléphone et en personne, et hébergement de crise de courte durée, "
     "pour la région {de}.",
     "crisisline +suicideline ?mobilecrisis", 0},
    {"sexualassault", Region::Any, 1, 30000, "{town} Sexual Assault Centre",
     "Centre d'aide aux victimes d'agression sexuelle {de}",
     "Support, accompaniment and prevention for survivors of sexual violence in {town}.",
     "Soutien, accompagnement et prévention pour les personnes ayant subi de la violence sexuelle "
     "{a}.",
     "sexualassaultline +counselling", 0},
    {"mentalhealthon", Region::Ontario, 4, 0, "{town} Community Counselling Centre",
     "Centre de counselling communautaire {de}",
     "Counselling and mental health support for individuals, couples and families in {town}.",
     "Consultation et soutien en santé mentale pour les personnes, les couples et les familles "
     "{de}.",
     "counselling +youthcounselling +peersupport ?bereavement ?mobilecrisis", 0},
    {"mentalhealthqc", Region::Quebec, 4, 0, "{town} Community Mental Health Centre",
     "Centre de santé mentale communautaire {de}",
     "Community mental health resource offering support, self-help groups and crisis follow-up in "
     "{town}.",
     "Ressource communautaire en santé mentale offrant soutien, groupes d'entraide et suivi de "
     "crise {a}.",
     "counselling +peersupport ?youthcounselling ?bereavement", 0},
    {"addictionon", Region::Ontario, 3, 8000, "{town} Addiction Services",
     "Services en dépendance {de}",
     "Treatment and support for people affected by substance use or gambling in {town}.",
     "Traitement et soutien pour les personnes touchées par la consommation ou le jeu {a}.",
     "addictioncounselling +addictiongroups ?detox +harmreduction", 0},
    {"addictionqc", Region::Quebec, 3, 8000, "{town} Addiction Rehabilitation Centre",
     "Centre de réadaptation en dépendance {de}",
     "Rehabilitation services for people with alcohol, drug or gambling problems and their "
     "families in {town}.",
     "Services de réadaptation pour les personnes aux prises avec l'alcool, les drogues ou le jeu, "
     "et leurs proches, {a}.",
     "addictioncounselling ?detox +addictiongroups ?harmreduction", 0},
    {"socialserviceson", Region::Ontario, 3, 10000, "{town} Social Services",
     "Services sociaux {de}",
     "Municipal social services: income support, employment help and emergency assistance for "
     "residents of {town}.",
     "Services sociaux municipaux : soutien du revenu, aide à l'emploi et aide d'urgence pour les "
     "résidents {de}.",
     "socialassistanceON +jobsearch", 0},
    {"cleqc", Region::Quebec, 3, 8000, "{town} Local Employment Centre",
     "Centre local d'emploi {de}",
     "Government office for social assistance and employment services in {town}.",
     "Bureau gouvernemental d'aide sociale et de services d'emploi {a}.",
     "socialassistanceQC +jobsearch", 0},
    {"volunteerqc", Region::Quebec, 5, 0, "{town} Volunteer Action Centre",
     "Centre d'action bénévole {de}",
     "Volunteers helping seniors and families in {town}: meals on wheels, rides, visits and tax "
     "clinics.",
     "Des bénévoles au service des aînés et des familles {de} : popote roulante, "
     "accompagnement-transport, visites et comptoir d'impôts.",
     "mealsonwheels +medicalrides +taxclinic +friendlyvisits", 0},
    {"communitysupporton", Region::Ontario, 5, 0, "{town} Community Support Services",
     "Services de soutien communautaire {de}",
     "Helps seniors and adults with disabilities in {town} live independently at home.",
     "Aide les aînés et les adultes ayant une incapacité {a} à vivre de façon autonome à domicile.",
     "mealsonwheels +medicalrides +homehelp ?adultday ?taxclinic +friendlyvisits", 0},
    {"budgeton", Region::Ontario, 1.5, 20000, "{town} Credit Counselling",
     "Service de consultation budgétaire {de}",
     "Non-profit credit counselling and financial literacy for residents of {town}.",
     "Consultation budgétaire sans but lucratif et éducation financière pour les résidents {de}.",
     "creditcounselling +taxclinic", 0},
    {"budgetqc", Region::Quebec, 1.5, 20000, "{town} Budget Help Service",
     "Service d'aide budgétaire {de}",
     "Budget counselling, consumer rights and tax clinics for households in {town}.",
     "Consultation budgétaire, défense des droits des consommateurs et comptoir d'impôts pour les "
     "ménages {de}.",
     "creditcounselling +taxclinic", 0},
    {"employmenton", Region::Ontario, 3, 10000, "{town} Employment Centre", "Centre d'emploi {de}",
     "Free employment services for job seekers and employers in {town}.",
     "Services d'emploi gratuits pour les chercheurs d'emploi et les employeurs {de}.",
     "jobsearch +jobtraining +youthemployment ?summerjobs", 0},
    {"employmentqc", Region::Quebec, 3, 10000, "{town} Youth Employment Centre",
     "Carrefour jeunesse-emploi {de}",
     "Helps young adults in {town} with work, school and starting a business.",
     "Accompagne les jeunes adultes {de} vers l'emploi, le retour aux études et l'entrepreneuriat.",
     "youthemployment +jobsearch +summerjobs", 0},
    {"newcomeron", Region::Ontario, 3, 30000, "{town} Newcomer Centre",
     "Centre pour nouveaux arrivants {de}",
     "Settlement, language and employment services for immigrants and refugees in {town}.",
     "Services d'établissement, de langue et d'emploi pour les immigrants et les réfugiés {de}.",
     "settlement +languageclassesON ?refugeeclaimants ?immigrationlegal", 0},
    {"newcomerqc", Region::Quebec, 3, 30000, "{town} Newcomer Welcome Service",
     "Service d'accueil des nouveaux arrivants {de}",
     "Welcome, settlement and French-language services for immigrants in {town}.",
     "Accueil, établissement et francisation des personnes immigrantes {a}.",
     "settlement +languageclassesQC ?refugeeclaimants ?immigrationlegal", 0},
    {"legalon", Region::Ontario, 2, 15000, "{town} Community Legal Clinic",
     "Clinique juridique communautaire {de}",
     "Free legal services for people with low income in {town}, in housing, income support and "
     "employment law.",
     "Services juridiques gratuits pour les personnes à faible revenu {de}, en droit du logement, "
     "de la sécurité du revenu et du travail.",
     "legalaid +tenantrights ?familylaw ?immigrationlegal", 0},
    {"legalqc", Region::Quebec, 2, 15000, "{town} Legal Aid Office", "Bureau d'aide juridique {de}",
     "Legal aid lawyers serving people with low income in {town}.",
     "Avocats de l'aide juridique au service des personnes à faible revenu {de}.",
     "legalaid +familylaw", 0},
    {"seniorson", Region::Ontario, 3, 5000, "{town} Seniors' Centre", "Centre pour aînés {de}",
     "Activities, meals and support for older adults in {town}.",
     "Activités, repas et soutien pour les personnes aînées {de}.",
     "seniorsactivities +adultday ?friendlyvisits ?communitymeals", 0},
    {"seniorsqc", Region::Quebec, 3, 0, "{town} Golden Age Club", "Club de l'âge d'or {de}",
     "Social club for seniors in {town}: activities, outings and community meals.",
     "Club social pour les aînés {de} : activités, sorties et repas communautaires.",
     "seniorsactivities ?friendlyvisits ?communitymeals", 0},
    {"homecareon", Region::Ontario, 2, 10000, "{town} Home and Community Care",
     "Soins à domicile et en milieu communautaire {de}",
     "Home care and care coordination for people in {town} who need help to stay at home.",
     "Soins à domicile et coordination des soins pour les personnes {de} qui ont besoin d'aide "
     "pour rester chez elles.",
     "homecare +homehelp ?respite", 0},
    {"youthon", Region::Ontario, 3, 8000, "{town} Youth Centre", "Centre pour les jeunes {de}",
     "Drop-in, counselling and programs for young people in {town}.",
     "Accueil, consultation et programmes pour les jeunes {de}.",
     "youthcentre +youthcounselling ?daycamp ?youthemployment", 0},
    {"youthqc", Region::Quebec, 3, 0, "{town} Youth House", "Maison des jeunes {de}",
     "A meeting place run with and for teenagers in {town}.",
     "Un lieu de rencontre animé avec et pour les adolescents {de}.",
     "youthcentre ?daycamp", 0},
    {"familyon", Region::Ontario, 3, 5000, "{town} Family Resource Centre",
     "Centre de ressources familiales {de}",
     "Programs for young children, parents and caregivers in {town}.",
     "Programmes pour les jeunes enfants, les parents et les proches {de}.",
     "playgroups +parenting", 0},
    {"familyqc", Region::Quebec, 3, 0, "{town} Family House", "Maison de la famille {de}",
     "Support, activities and respite for families with young children in {town}.",
     "Soutien, activités et répit pour les familles ayant de jeunes enfants {a}.",
     "playgroups +parenting ?clothing", 0},
    {"childprotectionon", Region::Ontario, 1, 25000, "Children's Aid Society of {town}",
     "Société de l'aide à l'enfance {de}",
     "Protects children and youth from abuse and neglect and supports families in {town}.",
     "Protège les enfants et les jeunes contre les mauvais traitements et la négligence et "
     "soutient les familles {de}.",
     "childprotection +parenting", 0},
    {"childprotectionqc", Region::Quebec, 1, 40000, "Youth Protection – {town}",
     "Direction de la protection de la jeunesse – {town}",
     "Receives and assesses reports about the safety and development of children in {town}.",
     "Reçoit et évalue les signalements concernant la sécurité et le développement des enfants "
     "{de}.",
     "childprotection", 0},
    {"healthon", Region::Ontario, 3, 10000, "{town} Community Health Centre",
     "Centre de santé communautaire {de}",
     "Primary health care and health promotion for people who face barriers to care in {town}.",
     "Soins de santé primaires et promotion de la santé pour les personnes qui ont de la "
     "difficulté à obtenir des soins {a}.",
     "communityclinic +vaccination ?dental ?sexualhealth ?counselling", 0},
    {"clscqc", Region::Quebec, 4, 0, "{town} CLSC (Local Community Service Centre)", "CLSC {de}",
     "Public front-line health and social services for the population of {town}.",
     "Services de santé et services sociaux publics de première ligne pour la population {de}.",
     "communityclinic +vaccination +homecare ?sexualhealth ?youthcounselling", 0},
    {"transporton", Region::Ontario, 2, 8000, "{town} Accessible Transit", "Transport adapté {de}",
     "Accessible and community transportation for residents of {town}.",
     "Transport adapté et communautaire pour les résidents {de}.",
     "paratransit ?communityride", 0},
    {"transportqc", Region::Quebec, 2, 8000, "{town} Paratransit", "Transport adapté {de}",
     "Paratransit and rural community transportation serving {town}.",
     "Transport adapté et transport collectif rural au service {de}.",
     "paratransit ?communityride", 0},
    {"disabilityon", Region::Ontario, 2, 10000, "{town} Independent Living Centre",
     "Centre de vie autonome {de}",
     "Supports people with disabilities in {town} to live independently.",
     "Aide les personnes handicapées {de} à vivre de façon autonome.",
     "assistivedevices +respite", 0},
    {"disabilityqc", Region::Quebec, 2, 10000, "{town} Association for People with Disabilities",
     "Association des personnes handicapées {de}",
     "Advocacy, respite and equipment loans for people with disabilities and their families in "
     "{town}.",
     "Défense des droits, répit et prêt d'équipement pour les personnes handicapées et leurs "
     "familles {de}.",
     "respite +assistivedevices", 0},
    {"indigenous", Region::Indigenous, 6, 0, "{town} Indigenous Friendship Centre",
     "Centre d'amitié autochtone {de}",
     "A gathering place and services for First Nations, Inuit and Métis people living in {town}.",
     "Un lieu de rassemblement et de services pour les membres des Premières Nations, les Inuit et "
     "les Métis vivant {a}.",
     "friendshipcentre +indigenoushealth +indigenousfamily +indigenoushousing", 0},
    {"francophone", Region::FrancoOntarian, 4, 0, "{town} Francophone Centre",
     "Centre francophone {de}",
     "Community, cultural and settlement services in French for the francophone community of "
     "{town}.",
     "Services communautaires, culturels et d'établissement en français pour la communauté "
     "francophone {de}.",
     "francocultural +francosettlement +francoseniors", 0},
    {"francohealth", Region::FrancoOntarian, 3, 0, "{town} Francophone Community Health Centre",
     "Centre de santé communautaire francophone {de}",
     "Health and social services in French for francophones in {town}.",
     "Services de santé et services sociaux en français pour les francophones {de}.",
     "francohealth +counselling +vaccination", 0},
    {"multiservice", Region::Any, 3, 0, "{town} Community Services", "Services communautaires {de}",
     "Multi-service community agency for individuals and families in {town}.",
     "Organisme communautaire multiservice pour les personnes et les familles {de}.",
     "?foodbank ?taxclinic ?parenting ?seniorsactivities ?housinghelp ?clothing", 0},
};

const char *const shelterNames[][2] = {
    {"Lighthouse", "Le Phare"}, {"Safe Harbour", "L'Escale"}, {"Haven", "Le Havre"},
    {"The Bridge", "La Passerelle"}, {"Turning Point", "Le Tournant"}, {"Anchor", "L'Ancrage"},
    {"Compass", "La Boussole"}, {"Relay", "Le Relais"}, {"Wellspring", "La Source"},
    {"Crossroads", "Le Carrefour"}, {"Oasis", "L'Oasis"}, {"North Star", "L'Étoile du Nord"},
    {"Lantern", "Le Fanal"}, {"Cedar", "Le Cèdre"}, {"Maple Grove", "L'Érablière"},
    {"Open Door", "La Porte ouverte"}, {"Shelter Point", "Le Point d'ancrage"},
    {"Stepping Stone", "Le Tremplin"}, {"Harbour Light", "La Lueur du port"},
    {"Waypoint", "La Halte"},
};

const char *const womensShelterNames[][2] = {
    {"Clear Skies", "L'Éclaircie"}, {"Nest", "Le Nid"}, {"Chrysalis", "La Chrysalide"},
    {"Dawn", "L'Aurore"}, {"Cocoon", "Le Cocon"}, {"Take Flight", "L'Envolée"},
    {"Willow", "Le Saule"}, {"Riverbank", "La Rive"}, {"Juniper", "Le Genévrier"},
    {"Morning Light", "La Clarté"}, {"Wildflower", "La Fleur sauvage"}, {"Safe Passage",
     "Le Passage"},
};

const char *const alerts[][2] = {
    {"Temporarily closed on %1 for staff training.",
     "Fermé temporairement le %1 pour la formation du personnel."},
    {"The waiting list is full; call to be added for openings after %1.",
     "La liste d'attente est complète; appelez pour être inscrit pour les places libérées après le "
     "%1."},
    {"New evening hours on Thursdays starting %1.",
     "Nouvelles heures le jeudi soir à partir du %1."},
    {"Moved temporarily to the community hall next door until %1 during renovations.",
     "Déménagé temporairement dans la salle communautaire voisine jusqu'au %1 pendant des "
     "rénovations."},
    {"Phone lines are down; please use the alternate number until %1.",
     "Les lignes téléphoniques sont en panne; utilisez le numéro secondaire jusqu'au %1."},
    {"Registration for the next session opens on %1.",
     "Les inscriptions pour la prochaine session commencent le %1."},
    {"Extreme cold: extended hours until %1.", "Grand froid : heures prolongées jusqu'au %1."},
    {"Shortage of baby formula and diapers; donations welcome until %1.",
     "Pénurie de préparation pour nourrissons et de couches; dons bienvenus jusqu'au %1."},
};

const char *const closures[][2] = {
    {"Closed for the holidays.", "Fermé pendant les Fêtes."},
    {"Closed on statutory holidays.", "Fermé les jours fériés."},
    {"Closed for the summer break.", "Fermé pour les vacances d'été."},
};

const char *const ontarioStreets[] = {
    "Main Street", "King Street", "Queen Street", "Water Street", "Church Street",
    "Victoria Street", "Elgin Street", "Dundas Street", "Ontario Street", "Wellington Street",
    "Simcoe Street", "Brock Street", "Albert Street", "George Street", "Front Street",
    "Bridge Street", "Park Avenue", "Mill Street", "Pine Street", "Elm Street", "Lakeshore Road",
    "Centre Street", "James Street", "John Street", "Division Street", "Erie Street",
    "Huron Street", "Cedar Street", "Maple Avenue", "Oak Street", "Algonquin Boulevard",
    "Second Avenue", "Third Avenue", "Riverside Drive", "College Street",
};

const char *const quebecStreets[] = {
    "rue Principale", "rue Notre-Dame", "rue Saint-Jean", "rue Saint-Pierre", "rue de l'Église",
    "rue Saint-Georges", "boulevard Saint-Joseph", "rue Laval", "rue Racine", "rue Saint-Louis",
    "rue King", "avenue du Parc", "rue des Érables", "boulevard des Laurentides",
    "rue Sainte-Anne", "rue du Moulin", "rue Champlain", "rue Saint-Laurent", "rue Wellington",
    "rue Dufferin", "rue Commerciale", "boulevard Industriel", "rue de la Gare",
    "rue Saint-Charles", "avenue Bégin", "rue Lafontaine", "1re Avenue", "3e Rue",
    "boulevard Sainte-Anne", "rue du Pont", "chemin du Lac", "rue Saint-Jacques",
};

const char *const torontoStreets[] = {
    "Yonge Street", "Bloor Street West", "Queen Street East", "Dundas Street West",
    "Danforth Avenue", "Eglinton Avenue East", "Sheppard Avenue East", "Finch Avenue West",
    "Jane Street", "Keele Street", "Kingston Road", "Lawrence Avenue East", "St. Clair Avenue West",
    "Spadina Avenue", "Parliament Street", "Jarvis Street", "College Street", "Markham Road",
    "Victoria Park Avenue", "Kipling Avenue", "Dufferin Street", "Bathurst Street",
};

const char *const montrealStreets[] = {
    "rue Sherbrooke Est", "rue Sainte-Catherine Ouest", "boulevard Saint-Laurent",
    "rue Saint-Denis", "avenue du Mont-Royal Est", "rue Ontario Est", "rue Jarry Est",
    "boulevard Pie-IX", "rue Jean-Talon Est", "avenue Papineau", "chemin de la Côte-des-Neiges",
    "rue Wellington", "boulevard Décarie", "rue Hochelaga", "rue Beaubien Est",
    "boulevard Henri-Bourassa Est", "rue Fleury Est", "boulevard Saint-Michel",
    "rue Notre-Dame Ouest", "rue Sherbrooke Ouest", "boulevard Lacordaire", "rue Bélanger",
};

const char *const ottawaStreets[] = {
    "Rideau Street", "Bank Street", "Somerset Street West", "Montreal Road",
    "St. Laurent Boulevard", "Carling Avenue", "Merivale Road", "Baseline Road", "Innes Road",
    "Wellington Street West", "Elgin Street", "Bronson Avenue", "Hunt Club Road",
    "St. Joseph Boulevard", "Murray Street", "Preston Street",
};

const char *const quebecCityStreets[] = {
    "rue Saint-Jean", "boulevard Charest Est", "rue Saint-Joseph Est", "3e Avenue",
    "boulevard Henri-Bourassa", "chemin Sainte-Foy", "boulevard Wilfrid-Hamel", "1re Avenue",
    "boulevard Sainte-Anne", "rue de la Couronne", "avenue Cartier", "rue Saint-Vallier Ouest",
};

const char *const firstNames[] = {
    "Marie", "Nathalie", "Sophie", "Isabelle", "Chantal", "Julie", "Catherine", "Geneviève",
    "Jennifer", "Sarah", "Michelle", "Karen", "Priya", "Amina", "Mei", "Fatima", "Jean",
    "Marc", "Stéphane", "Martin", "Luc", "David", "Michael", "Kevin", "Daniel", "Ahmed",
    "Rajinder", "Wei", "Carlos", "Joseph", "Mathieu", "Émilie",
};

const char *const lastNames[] = {
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Smith", "Brown", "Wilson",
    "MacDonald", "Campbell", "Martin", "Singh", "Patel", "Nguyen", "Li", "Chen", "Haddad",
    "Kaur", "Santos", "Wabasse", "Sutherland", "Koostachin", "Morrisseau",
};

const char *const accessibilityRows[][3] = {
    {"FULLACCESSIBLE", "Fully Accessible", "Entièrement accessible"},
    {"PARTIALLYACCESSIBLE", "Partially Accessible", "Partiellement accessible"},
    {"NOTACCESSIBILE", "Not Accessible", "Non accessible"},
    {"PARKINGDESIGNATED", "Designated parking at entrance",
     "Stationnement désigné proche de l'entrée"},
    {"ENTRANCEAUTODOOR", "Wheelchair accessible automatic main entrance",
     "Entrée automatique accessible en fauteuil roulant"},
    {"ELEVATORBRAILLE", "Elevator with braille and voice/tone features",
     "Ascenseur avec affichage en braille et signaux sonores ou reconnaissance vocale"},
    {"WASHROOMDOORHELP", "Wheelchair accessible washroom, assistance needed with door",
     "Toilettes accessibles en fauteuil roulant, aide requise avec la porte"},
    {"UNKNOWN", "Unknown", "Inconnu"},
};

const char *const languageRows[][2] = {
    {"en", "English"}, {"fr", "French"}, {"es", "Spanish"}, {"ar", "Arabic"},
    {"zh", "Chinese"}, {"yue", "Cantonese"}, {"pa", "Punjabi"}, {"ur", "Urdu"}, {"hi", "Hindi"},
    {"gu", "Gujarati"}, {"ta", "Tamil"}, {"tl", "Tagalog"}, {"fa", "Persian (Farsi)"},
    {"pt", "Portuguese"}, {"it", "Italian"}, {"ru", "Russian"}, {"ko", "Korean"},
    {"vi", "Vietnamese"}, {"so", "Somali"}, {"ht", "Haitian Creole"}, {"el", "Greek"},
    {"ro", "Romanian"}, {"pl", "Polish"}, {"am", "Amharic"}, {"ti", "Tigrinya"},
    {"cr", "Cree"}, {"oj", "Ojibwe"}, {"iu", "Inuktitut"}, {"alq", "Algonquin"},
    {"atj", "Atikamekw"}, {"moe", "Innu-aimun"}, {"mic", "Mi'kmaq"}, {"moh", "Mohawk"},
    {"ase", "American Sign Language"}, {"fcs", "Quebec Sign Language (LSQ)"},
};

template<typename T, std::size_t N>
QStringList list(const T (&rows)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const char *row : rows)
        out << u(row);
    return out;
}

std::optional<int> age(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

Catalogue build()
{
    Catalogue c;
    QHash<QString, TaxonomyTerm> byCode;
    for (const RawTerm &raw : rawTerms) {
        TaxonomyTerm t;
        t.code = u(raw.code);
        t.id = t.code;
        t.name = lt(raw.en, raw.fr);
        t.taxonomy = QStringLiteral("AIRS");
        if (t.code.size() > 2)
            t.parentId = t.code.left(2);
        c.terms << t;
        byCode.insert(t.code, t);
    }

    QHash<QString, RequiredDocument> documents;
    for (const RawDocument &raw : rawDocuments)
        documents.insert(u(raw.key), RequiredDocument{QString(), lt(raw.en, raw.fr), QString()});

    for (const RawService &raw : rawServices) {
        ServiceTemplate s;
        s.key = u(raw.key);
        for (const QString &code : u(raw.terms).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            Q_ASSERT(byCode.contains(code));
            s.terms << byCode.value(code);
        }
        s.name = lt(raw.nameEn, raw.nameFr);
        s.description = lt(raw.descEn, raw.descFr);
        s.eligibility = lt(raw.eligEn, raw.eligFr);
        s.application = lt(raw.appEn, raw.appFr);
        s.minimumAge = age(raw.minAge);
        s.maximumAge = age(raw.maxAge);
        s.hours = raw.hours;
        s.cost = raw.cost;
        for (const QString &key : u(raw.documents).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            Q_ASSERT(documents.contains(key));
            s.documents << documents.value(key);
        }
        s.keywords = u(raw.keywords).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        s.flags = raw.flags;
        s.programme = lt(raw.programmeEn, raw.programmeFr);
        c.services << s;
    }

    for (const RawOrg &raw : rawOrgs) {
        OrganizationTemplate o;
        o.key = u(raw.key);
        o.region = raw.region;
        o.weight = raw.weight;
        o.minimumPopulation = raw.minPopulation;
        o.name = lt(raw.nameEn, raw.nameFr);
        o.description = lt(raw.descEn, raw.descFr);
        o.services = u(raw.services).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        o.distinctive = raw.kind == 1 || raw.kind == 2;
        o.womensShelter = raw.kind == 2;
        o.shelter = raw.kind == 1;
        for (const QString &spec : std::as_const(o.services)) {
            const QChar mark = spec.at(0);
            const bool optional = mark == QLatin1Char('+') || mark == QLatin1Char('?');
            const double p = mark == QLatin1Char('+') ? 0.5 : (mark == QLatin1Char('?') ? 0.25 : 1);
            const int index = c.serviceIndex(optional ? spec.mid(1) : spec);
            Q_ASSERT(index >= 0);
            o.choices.append({index, p});
        }
        c.organizations << o;
    }

    for (const auto &pair : shelterNames)
        c.shelterNames << lt(pair[0], pair[1]);
    for (const auto &pair : womensShelterNames)
        c.womensShelterNames << lt(pair[0], pair[1]);
    for (const auto &pair : alerts)
        c.alertTexts << lt(pair[0], pair[1]);
    for (const auto &pair : closures)
        c.closures << lt(pair[0], pair[1]);
    c.ontarioStreets = list(ontarioStreets);
    c.quebecStreets = list(quebecStreets);
    c.torontoStreets = list(torontoStreets);
    c.montrealStreets = list(montrealStreets);
    c.ottawaStreets = list(ottawaStreets);
    c.quebecCityStreets = list(quebecCityStreets);
    c.firstNames = list(firstNames);
    c.lastNames = list(lastNames);
    for (const auto &row : accessibilityRows)
        c.accessibility << Accessibility{QString(), u(row[0]), lt(row[1], row[2]), QString(),
                                         QString()};
    for (const auto &row : languageRows)
        c.languageNames.insert(u(row[0]), u(row[1]));
    return c;
}

} // namespace

int Catalogue::serviceIndex(const QString &key) const
{
    for (int i = 0; i < services.size(); ++i) {
        if (services.at(i).key == key)
            return i;
    }
    return -1;
}

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue = build();
    return catalogue;
}

} // namespace Nav::Directory::Demo
