package dev.panj.results.experiment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** What fixes the results of replication i: the resolved scenario (by hash), the batch seed and the hours. */
record BatchIdentity(String scenarioSha256, long seed, double hours) {
    void writeTo(DataOutput out) throws IOException {
        out.writeUTF(scenarioSha256);
        out.writeLong(seed);
        out.writeDouble(hours);
    }

    static BatchIdentity readFrom(DataInput in) throws IOException {
        return new BatchIdentity(in.readUTF(), in.readLong(), in.readDouble());
    }
}
