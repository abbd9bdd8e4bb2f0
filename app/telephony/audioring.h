// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace Nav::Telephony {

// A single-producer, single-consumer ring of 16-bit samples: one thread writes, another reads,
// neither locks nor allocates after construction. The capacity is rounded up to a power of two.
class AudioRing
{
public:
    explicit AudioRing(std::size_t capacity)
    {
        std::size_t c = 1;
        while (c < capacity)
            c <<= 1;
        m_mask = c - 1;
        m_data = std::make_unique<int16_t[]>(c);
    }

    std::size_t capacity() const { return m_mask + 1; }
    // Samples ever written / read (or dropped): the index of the next sample each side sees.
    std::size_t writeTotal() const { return m_head.load(std::memory_order_acquire); }
    std::size_t readTotal() const { return m_tail.load(std::memory_order_acquire); }
    // Samples waiting (exact for the reader, a lower bound for the writer).
    std::size_t available() const
    {
        return m_head.load(std::memory_order_acquire) - m_tail.load(std::memory_order_acquire);
    }

    // Writer side: stores what fits and returns how many samples were taken.
    std::size_t write(const int16_t *in, std::size_t count)
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        const std::size_t tail = m_tail.load(std::memory_order_acquire);
        const std::size_t room = capacity() - (head - tail);
        const std::size_t n = count < room ? count : room;
        for (std::size_t i = 0; i < n; ++i)
            m_data[(head + i) & m_mask] = in[i];
        m_head.store(head + n, std::memory_order_release);
        return n;
    }

    // Reader side: copies up to `count` samples out and returns how many.
    std::size_t read(int16_t *out, std::size_t count)
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        const std::size_t head = m_head.load(std::memory_order_acquire);
        const std::size_t have = head - tail;
        const std::size_t n = count < have ? count : have;
        for (std::size_t i = 0; i < n; ++i)
            out[i] = m_data[(tail + i) & m_mask];
        m_tail.store(tail + n, std::memory_order_release);
        return n;
    }

    // Reader side: drops samples so that at most `keep` stay (bounds the delay).
    void trimTo(std::size_t keep)
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        const std::size_t head = m_head.load(std::memory_order_acquire);
        if (head - tail > keep)
            m_tail.store(head - keep, std::memory_order_release);
    }

private:
    std::unique_ptr<int16_t[]> m_data;
    std::size_t m_mask = 0;
    std::atomic<std::size_t> m_head{0}; // written by the producer
    std::atomic<std::size_t> m_tail{0}; // written by the consumer
};

// When each sample entered an AudioRing, for measuring how long audio waits: the writer notes
// every write (the ring's writeTotal() after it, and the time), the reader asks for the time of
// the sample it is about to take. Lock-free, fixed size; the last 128 writes are remembered.
// With `spread`, a write of n samples is taken to have begun n/8 ms before it was noted (a
// device that hands over what it captured during that time).
class ArrivalLog
{
public:
    explicit ArrivalLog(bool spread)
        : m_spread(spread)
    {
    }

    void note(std::size_t endTotal, int64_t timeUs)
    {
        const std::size_t c = m_count.load(std::memory_order_relaxed);
        m_end[c % kEntries].store(endTotal, std::memory_order_relaxed);
        m_time[c % kEntries].store(timeUs, std::memory_order_relaxed);
        m_count.store(c + 1, std::memory_order_release);
    }

    // When sample number `index` entered the ring (µs), or -1 when no longer known.
    int64_t timeOf(std::size_t index) const
    {
        const std::size_t c = m_count.load(std::memory_order_acquire);
        const std::size_t first = c > kEntries ? c - kEntries + 1 : 0;
        for (std::size_t i = first; i < c; ++i) {
            const std::size_t end = m_end[i % kEntries].load(std::memory_order_relaxed);
            if (end > index) {
                const int64_t t = m_time[i % kEntries].load(std::memory_order_relaxed);
                return m_spread ? t - int64_t(end - index) * 125 : t;
            }
        }
        return -1;
    }

private:
    static constexpr std::size_t kEntries = 128;
    bool m_spread;
    std::atomic<std::size_t> m_end[kEntries] = {};
    std::atomic<int64_t> m_time[kEntries] = {};
    std::atomic<std::size_t> m_count{0};
};

// A running mean of waits, written by one thread and read by any.
class WaitMeter
{
public:
    void add(int64_t us)
    {
        m_sum.store(m_sum.load(std::memory_order_relaxed) + us, std::memory_order_relaxed);
        m_count.store(m_count.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        if (us > m_max.load(std::memory_order_relaxed))
            m_max.store(us, std::memory_order_relaxed);
    }
    double meanMs() const
    {
        const int64_t n = m_count.load(std::memory_order_relaxed);
        return n ? double(m_sum.load(std::memory_order_relaxed)) / double(n) / 1000.0 : 0.0;
    }
    double maxMs() const { return double(m_max.load(std::memory_order_relaxed)) / 1000.0; }
    int64_t count() const { return m_count.load(std::memory_order_relaxed); }

private:
    std::atomic<int64_t> m_sum{0};
    std::atomic<int64_t> m_count{0};
    std::atomic<int64_t> m_max{0};
};

} // namespace Nav::Telephony
