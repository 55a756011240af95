package dev.panj.distributed;

import java.io.Serializable;

/** What a task sends back for one replication, known by the replication's index and seed. */
interface Keyed extends Serializable {
    int index();

    long seed();
}
