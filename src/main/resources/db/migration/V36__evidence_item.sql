-- Evidence attached to one checklist item (issue #15 point 2): the item an evidence attachment (Camunda
-- ACT_HI_ATTACHMENT, description 'evidence') was uploaded for. Files without a row here belong to the
-- whole case. Written in the transaction that stores the attachment; removed with it.
create table evidence_item (
    attachment_id       varchar(64) primary key,
    process_instance_id varchar(64) not null,
    item_id             varchar(32) not null
);
create index evidence_item_pi on evidence_item (process_instance_id);
select audit_enable('evidence_item', 'attachment_id');
