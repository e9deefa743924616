package org.neurallab.app;

/**
 * Something a lab tells the user while another lab may be open (a run finished or failed). The shell shows it
 * as a notification only when the lab is not the visible page; clicking it opens the lab.
 *
 * @param labId   the lab that speaks ({@link LabPage#id()})
 * @param failure true for something that went wrong
 * @param title   translated title
 * @param text    translated text
 */
public record LabNotice(String labId, boolean failure, String title, String text) {
}
