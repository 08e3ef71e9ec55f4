-- Issue #13, ledger and sign-off.
--
-- 1. 威海南海新区 in the region tree. Seed 000 names it beside the counties and the national development
--    zones ("市、区市（含国家级开发区、南海新区，下同）", "南海新区安委会"): a functional area of the city with its
--    own 管委 and 安委会, so a county-level node under 威海市. The NBS 统计用区划代码 (V3's source) gives it no
--    code (its territory is counted under 文登区), so it takes the next free code of the block where NBS puts
--    威海's functional areas (371071–371073): 371074. The seeds name none of its townships; they are added
--    when the city loads them (a later migration renames the code if NBS ever assigns one).
insert into region (code, name, level, parent_code, path) values
    ('371074', '威海南海新区', 'COUNTY', '371000', '371000/371074');

-- 2. A 市直部门 signs the ledger of its own 市级 enterprises: the sign-off names that department
--    (its name as enterprise.supervising_department holds it); null for a region's whole ledger.
alter table ledger_signoff add column department varchar(200);
