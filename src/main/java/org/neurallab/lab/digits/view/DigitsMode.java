package org.neurallab.lab.digits.view;

/** What the pad is for: digits (MNIST), clothing (Fashion-MNIST) or the student's own classes. */
public enum DigitsMode {
    DIGITS,
    FASHION,
    OWN_CLASSES
}
