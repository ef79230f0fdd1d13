// The client fields a spreadsheet column can fill. Municipality and coach are names that the importer
// resolves to records; Ignore marks a column nobody wants.
#pragma once

namespace koers {

enum class ClientField {
    Ignore,
    FirstNames,
    LastName,
    Bsn,
    VNumber,
    DateOfBirth,
    Sex,
    CountryOfBirth,
    Nationality,
    Languages,
    Phone,
    Email,
    Address,
    Municipality,
    Coach,
    TargetGroup,
    Status,
    Route,
    ResidencePermitDate,
    KoppelingDate,
    HousingDate,
    BrpDate,
    DuoNoticeDate,
    Note,
};

} // namespace koers
