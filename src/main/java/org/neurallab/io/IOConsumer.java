package org.neurallab.io;

import java.io.IOException;

/** Like {@link java.util.function.Consumer}, but allowed to throw IOException (it writes files). */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}
