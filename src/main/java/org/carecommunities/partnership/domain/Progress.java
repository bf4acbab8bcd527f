package org.carecommunities.partnership.domain;

import java.time.LocalDate;
import java.util.List;

/** How far commitments have come: a leaf's own figure, a parent's the weighted sum of its children's. */
public final class Progress {

    private Progress() {
    }

    /** A commitment for progress: its weight among its siblings, its own figure, and its children. */
    public record Node(int weight, int own, List<Node> children) {

        public Node {
            if (weight < 1) {
                throw new IllegalArgumentException("A commitment weighs 1 or more");
            }
            if (own < 0 || own > 100) {
                throw new IllegalArgumentException("Progress is from 0 to 100%");
            }
            children = List.copyOf(children);
        }

        public static Node leaf(int weight, int own) {
            return new Node(weight, own, List.of());
        }
    }

    /** Its own figure when it has no children; otherwise Σ weight × progress / Σ weight over them, rounded. */
    public static int of(Node node) {
        if (node.children().isEmpty()) {
            return node.own();
        }
        long weighted = 0;
        long weights = 0;
        for (Node child : node.children()) {
            weighted += (long) child.weight() * of(child);
            weights += child.weight();
        }
        return (int) Math.round((double) weighted / weights);
    }

    /** Due before today and not done. */
    public static boolean overdue(LocalDate due, CommitmentStatus status, LocalDate today) {
        return due != null && due.isBefore(today) && status != CommitmentStatus.DONE;
    }
}
