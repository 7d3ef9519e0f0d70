package id.jamsos.rentan.claim;

/** JKM: death insurance; JKK: death by a work accident. */
public enum ClaimType { JKM, JKK }
