#include <catch2/catch.hpp>

#include "util/BoundedQueue.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace koers;

TEST_CASE("A bounded queue hands every item over in order and ends after finish", "[util][queue]") {
    BoundedQueue<int> queue(3);
    std::thread producer([&] {
        for (int i = 0; i < 10000; ++i)
            if (!queue.push(int(i)))
                return;
        queue.finish();
    });
    std::vector<int> received;
    while (std::optional<int> item = queue.pop())
        received.push_back(*item);
    producer.join();
    REQUIRE(received.size() == 10000);
    for (int i = 0; i < 10000; ++i)
        REQUIRE(received[std::size_t(i)] == i);
    CHECK_FALSE(queue.pop().has_value()); // stays ended
}

TEST_CASE("Closing a bounded queue wakes a producer that waits for room", "[util][queue]") {
    BoundedQueue<int> queue(2);
    std::atomic<int> pushed{0};
    std::atomic<bool> refused{false};
    std::thread producer([&] {
        for (int i = 0; i < 100; ++i) {
            if (!queue.push(int(i))) {
                refused = true;
                return;
            }
            ++pushed;
        }
    });
    REQUIRE(queue.pop() == 0); // the producer runs; the queue holds at most two more
    while (pushed.load() < 3)
        std::this_thread::yield();
    queue.close();
    producer.join(); // would hang if close() did not wake the waiting push()
    CHECK(refused.load());
    CHECK(pushed.load() == 3);
    CHECK_FALSE(queue.pop().has_value());
    CHECK_FALSE(queue.tryPop().has_value());
}

TEST_CASE("tryPop never waits", "[util][queue]") {
    BoundedQueue<int> queue(2);
    CHECK_FALSE(queue.tryPop().has_value());
    REQUIRE(queue.push(7));
    CHECK(queue.tryPop() == 7);
    CHECK_FALSE(queue.tryPop().has_value());
}
