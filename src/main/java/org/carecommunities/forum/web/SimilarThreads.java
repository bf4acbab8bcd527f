package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.threads.ThreadRow;

import java.util.List;

/** Threads like the one being typed, shown under the title while it is written. */
public record SimilarThreads(List<ThreadRow> threads) {

    public List<ThreadList.Item> items() {
        return threads.stream().map(ThreadList.Item::new).toList();
    }

    public String announcement() {
        return threads.isEmpty() ? "" : Text.t("forum.similar.count", "count", threads.size());
    }
}
