package id.jamsos.rentan.pks;

public enum PksStatus { DRAFT, IN_REVIEW, SIGNED, ACTIVE, EXPIRED }
