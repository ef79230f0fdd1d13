// BoundedQueue: hands items from one producer thread to one consumer, holding at most `capacity` at a
// time, so a fast producer waits instead of filling memory. Either side can stop early: the consumer
// with close() (a waiting producer wakes and push() says false), the producer with finish().
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace koers {

template <class T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity == 0 ? 1 : capacity) {}

    // Waits while full; false when the consumer closed the queue (the item is dropped).
    bool push(T item) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // No more items will come.
    void finish() {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    // The next item; nullopt once the producer finished and every item was taken, or after close().
    std::optional<T> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || m_finished || !m_items.empty(); });
        return takeFront();
    }

    // The next item if one is waiting, without waiting for one.
    std::optional<T> tryPop() {
        std::lock_guard lock(m_mutex);
        return takeFront();
    }

    // The consumer stops taking items: a waiting or later push() returns false.
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    // With the lock held.
    std::optional<T> takeFront() {
        if (m_closed || m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace koers
