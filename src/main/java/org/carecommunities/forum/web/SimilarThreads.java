package org.carecommunities.forum.web;

import org.carecommunities.forum.threads.ThreadRow;

import java.util.List;

/** Threads like the one being typed, shown under the title while it is written. */
public record SimilarThreads(List<ThreadRow> threads) {

    public List<ThreadList.Item> items() {
        return threads.stream().map(ThreadList.Item::new).toList();
    }

    public String announcement() {
        return threads.isEmpty() ? "" : threads.size() + (threads.size() == 1 ? " similar thread" : " similar threads");
    }
}
