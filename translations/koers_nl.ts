<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Enums</name>
    <message>
        <source>Not yet chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B1 route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z route (self-reliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obliged to integrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption (diploma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum status holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnability test (LBT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broad intake done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIP decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language course started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam KNM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PVT signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging year completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z route: 800 course hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z route: 800 participation hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief of payments (ontzorgen) ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to switch route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of integration term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social support (e.g. VluchtelingenWerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment service (WSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key person (sleutelpersoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer / language buddy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Koers file, or the file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an unencrypted database. Koers only works with encrypted files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of Koers. Update Koers to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already open in another Koers window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is read-only. Koers needs to be able to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (SQLCipher) is not available. Koers refuses to run without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BSN is not valid (it fails the elfproef).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is too long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>koppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of %1 is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cannot be before the koppeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIP needs its date of decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for changing a computed date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>koers</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>koers::DossierText</name>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnability test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (PIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2: %3, target %4, %5 hours a week at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   MAP %1, PVT %2, KNM %3, childcare %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date set by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
