package id.jamsos.rentan.citizen;

/** Starts the grievance process of a recorded objection (implemented on the Camunda engine). */
public interface GrievanceWorkflow {
    /**
     * @param grievance the recorded objection (OPEN)
     * @param facts     what the deciding official reads about the person (masked NIK, proposal, membership, claims)
     */
    void start(Grievance grievance, String facts);
}
