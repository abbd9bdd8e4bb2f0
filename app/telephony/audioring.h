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

} // namespace Nav::Telephony
