package org.neurallab.lab.playground.data;

/** What the network learns: a class for each point, or a number. */
public enum ProblemType {
    CLASSIFICATION, REGRESSION
}
