package cn.safetygrading.supervision.domain;

/** What the public contact page (公示栏) shows: enterprise, unit, 包保 person, head, their phones and the 监督电话. */
public record PublicContact(
        String enterpriseName,
        String uscc,
        String unitCode,
        String unitName,
        String supervisorName,
        String supervisorDepartment,
        String supervisorPhone,
        String headName,
        String headPhone,
        String hotline) {

    /** The same contact with the 监督电话 found up the grid. */
    public PublicContact withHotline(String number) {
        return new PublicContact(
                enterpriseName,
                uscc,
                unitCode,
                unitName,
                supervisorName,
                supervisorDepartment,
                supervisorPhone,
                headName,
                headPhone,
                number);
    }
}
