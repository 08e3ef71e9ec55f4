package cn.safetygrading.facts.domain;

import java.util.List;

/**
 * A file a register refuses (FileRules): the field ({@code file}), the form bundle's sentence ({@code
 * form.file.*}) and what fills it (the file's name, a limit).
 */
public class RefusedFile extends InvalidFact {

    private final List<Object> args;

    public RefusedFile(String field, String key, List<Object> args) {
        super(field, key);
        this.args = List.copyOf(args);
    }

    public Object[] args() {
        return args.toArray();
    }
}
