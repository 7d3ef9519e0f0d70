package id.jamsos.rentan.enrollment;

public enum MemberStatus { ACTIVE, LAPSED, ENDED }
