<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sw">
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../ui/window.py" line="50" />
        <source>Lock (Ctrl+L)</source>
        <translation>Funga (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="51" />
        <source>Lock the archive now</source>
        <translation>Funga hifadhi sasa</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="120" />
        <source>Signed in: %1 (%2)</source>
        <translation>Umeingia: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="148" />
        <source>The archive locked itself because nobody used it. Unsaved changes were discarded.</source>
        <translation>Hifadhi ilijifunga kwa sababu hakuna aliyeitumia. Mabadiliko ambayo hayakuhifadhiwa yameondolewa.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="151" />
        <source>The archive locked itself because nobody used it for a while.</source>
        <translation>Hifadhi ilijifunga kwa sababu hakuna aliyeitumia kwa muda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="168" />
        <source>Nobody has used the archive for a while: it locks in %1 seconds. Press a key or move the mouse to keep working.</source>
        <translation>Hakuna aliyetumia hifadhi kwa muda: itajifunga baada ya sekunde %1. Bonyeza kitufe au sogeza kipanya ili uendelee kufanya kazi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="171" />
        <source>Unsaved changes will be discarded.</source>
        <translation>Mabadiliko ambayo hayajahifadhiwa yataondolewa.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="49" />
        <source>No.</source>
        <translation>Na.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49" />
        <source>When (UTC)</source>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49" />
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49" />
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="50" />
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="50" />
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="101" />
        <location filename="../../ui/pages/audit.py" line="121" />
        <source>Audit log</source>
        <translation>Kumbukumbu za ukaguzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="103" />
        <source>Filter by action</source>
        <translation>Chuja kwa kitendo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="106" />
        <source>Filter by person</source>
        <translation>Chuja kwa mtu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="109" />
        <source>Filter by any text…</source>
        <translation>Chuja kwa maandishi yoyote…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="110" />
        <source>Filter by any text</source>
        <translation>Chuja kwa maandishi yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="112" />
        <source>Verify the log</source>
        <translation>Hakiki kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="113" />
        <source>Verify that no audit entry was changed or deleted</source>
        <translation>Hakiki kwamba hakuna kumbukumbu iliyobadilishwa au kufutwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="130" />
        <source>Audit</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="149" />
        <source>Every action</source>
        <translation>Kila kitendo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="150" />
        <source>Everyone</source>
        <translation>Kila mtu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="159" />
        <source>The log is intact: %1 entries checked, none changed or missing.</source>
        <translation>Kumbukumbu ziko salama: rekodi %1 zimekaguliwa, hakuna iliyobadilishwa wala kupotea.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="162" />
        <source>The log has been tampered with. Problems found:</source>
        <translation>Kumbukumbu zimeingiliwa. Matatizo yaliyopatikana:</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="165" />
        <source>none recorded</source>
        <translation>haijarekodiwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="166" />
        <source>active</source>
        <translation>inatumika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="167" />
        <source>partly withdrawn</source>
        <translation>imeondolewa kwa sehemu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="168" />
        <source>withdrawn</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="169" />
        <source>expired</source>
        <translation>muda umekwisha</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="46" />
        <source>Date consent was given</source>
        <translation>Tarehe ridhaa ilipotolewa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="49" />
        <source>How consent was given</source>
        <translation>Jinsi ridhaa ilivyotolewa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="54" />
        <source>Language of the consent conversation</source>
        <translation>Lugha ya mazungumzo ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="56" />
        <source>Who consented</source>
        <translation>Aliyetoa ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="57" />
        <source>Relation to the survivor</source>
        <translation>Uhusiano na manusura</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="58" />
        <source>Staff member who took the consent</source>
        <translation>Mfanyakazi aliyechukua ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="59" />
        <source>Witness</source>
        <translation>Shahidi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="60" />
        <source>An interpreter was used</source>
        <translation>Mkalimani alitumika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="61" />
        <source>Interpreter's name</source>
        <translation>Jina la mkalimani</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="62" />
        <source>The survivor is a minor (under 18)</source>
        <translation>Manusura ni mtoto (chini ya miaka 18)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="63" />
        <source>A parent or guardian granted the consent</source>
        <translation>Mzazi au mlezi alitoa ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="64" />
        <source>The minor gave their own assent</source>
        <translation>Mtoto alikubali mwenyewe pia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="65" />
        <source>How the minor gave assent</source>
        <translation>Jinsi mtoto alivyokubali</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="66" />
        <source>Uses allowed</source>
        <translation>Matumizi yaliyoruhusiwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="68" />
        <source>How the survivor must be named</source>
        <translation>Jinsi manusura anavyopaswa kutajwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="71" />
        <source>Material allowed</source>
        <translation>Vitu vilivyoruhusiwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="72" />
        <source>Consent expires on</source>
        <translation>Ridhaa inaisha tarehe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="73" />
        <source>The survivor wants to review anything before it is published</source>
        <translation>Manusura anataka kusoma chochote kabla hakijachapishwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="74" />
        <source>There is a safety risk to the survivor</source>
        <translation>Kuna hatari kwa usalama wa manusura</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="76" />
        <source>Risk details</source>
        <translation>Maelezo ya hatari</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="79" />
        <source>Conditions, in the survivor's own words</source>
        <translation>Masharti, kwa maneno ya manusura mwenyewe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="83" />
        <source>This replaces the current terms (an amendment)</source>
        <translation>Hii inachukua nafasi ya masharti ya sasa (marekebisho)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="90" />
        <source>Who and how</source>
        <translation>Nani na jinsi gani</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="92" />
        <source>Consent given on:</source>
        <translation>Ridhaa ilitolewa tarehe:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="93" />
        <source>Method:</source>
        <translation>Njia:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="94" />
        <source>Language spoken:</source>
        <translation>Lugha iliyozungumzwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="95" />
        <source>Consenter's name:</source>
        <translation>Jina la aliyetoa ridhaa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="96" />
        <source>Relation:</source>
        <translation>Uhusiano:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="97" />
        <source>Taken by:</source>
        <translation>Imechukuliwa na:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="98" />
        <source>Witness:</source>
        <translation>Shahidi:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="100" />
        <source>Interpreter:</source>
        <translation>Mkalimani:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="104" />
        <source>Assent:</source>
        <translation>Kukubali kwa mtoto:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="105" />
        <source>What the survivor allowed</source>
        <translation>Alichoruhusu manusura</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="107" />
        <source>Uses:</source>
        <translation>Matumizi:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="108" />
        <source>Naming:</source>
        <translation>Kutajwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="109" />
        <source>Material:</source>
        <translation>Vitu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="110" />
        <source>Expires on:</source>
        <translation>Inaisha tarehe:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="113" />
        <source>Risk details:</source>
        <translation>Maelezo ya hatari:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="114" />
        <source>Conditions:</source>
        <translation>Masharti:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="115" />
        <source>Record this consent</source>
        <translation>Rekodi ridhaa hii</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_form.py" line="118" />
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/pages/consent.py" line="47" />
        <source>Testimony</source>
        <translation>Ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="50" />
        <source>Consents expiring soon</source>
        <translation>Ridhaa zinazoisha karibuni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="54" />
        <source>Testimony:</source>
        <translation>Ushuhuda:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="56" />
        <source>Expiring within %1 days, or expired:</source>
        <translation>Zinazoisha ndani ya siku %1, au zilizokwisha:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="70" />
        <location filename="../../ui/pages/consent.py" line="101" />
        <source>Consent receipt</source>
        <translation>Stakabadhi ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="78" />
        <location filename="../../ui/pages/consent.py" line="82" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="90" />
        <source>Consent history</source>
        <translation>Historia ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="95" />
        <source>Record consent…</source>
        <translation>Rekodi ridhaa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="97" />
        <source>Withdraw all consent</source>
        <translation>Ondoa ridhaa yote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="99" />
        <source>Withdraw all consent for this testimony</source>
        <translation>Ondoa ridhaa yote ya ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="112" />
        <source>History (oldest first):</source>
        <translation>Historia (ya zamani kwanza):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="119" />
        <source>Language of the receipt</source>
        <translation>Lugha ya stakabadhi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="123" />
        <source>Save as PDF…</source>
        <translation>Hifadhi kama PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="125" />
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="157" />
        <source>%1: expires %2</source>
        <translation>%1: inaisha %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="188" />
        <source>Consent: %1</source>
        <translation>Ridhaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="197" />
        <source>Consent granted</source>
        <translation>Ridhaa imetolewa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="198" />
        <source>Terms changed</source>
        <translation>Masharti yamebadilishwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="199" />
        <source>Renewed</source>
        <translation>Imehuishwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="200" />
        <source>Partly withdrawn</source>
        <translation>Imeondolewa kwa sehemu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="201" />
        <source>All consent withdrawn</source>
        <translation>Ridhaa yote imeondolewa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="202" />
        <source>Expired</source>
        <translation>Muda umekwisha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="206" />
        <source>allowed: %1</source>
        <translation>imeruhusiwa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="207" />
        <location filename="../../ui/pages/consent.py" line="209" />
        <source>until %1</source>
        <translation>hadi %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="238" />
        <source>Withdraw all consent for "%1"? From today nothing from this testimony may be used or published. This is recorded and cannot be undone; the survivor can give consent again later.</source>
        <translation>Ondoa ridhaa yote ya "%1"? Kuanzia leo hakuna kitu cha ushuhuda huu kitakachotumika wala kuchapishwa. Hili linarekodiwa na haliwezi kutenduliwa; manusura anaweza kutoa ridhaa tena baadaye.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="253" />
        <source>Consent withdrawn. Nothing from this testimony was published, so nothing needs taking down.</source>
        <translation>Ridhaa imeondolewa. Hakuna kitu cha ushuhuda huu kilichochapishwa, kwa hiyo hakuna cha kuondoa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="256" />
        <source>Consent withdrawn. Take these down now:</source>
        <translation>Ridhaa imeondolewa. Ondoa machapisho haya sasa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent.py" line="272" />
        <source>Save the consent receipt</source>
        <translation>Hifadhi stakabadhi ya ridhaa</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="27" />
        <source>HAART Archive</source>
        <translation>Hifadhi ya HAART</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32" />
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="33" />
        <source>Discard changes</source>
        <translation>Acha mabadiliko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="34" />
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41" />
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42" />
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48" />
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25" />
        <source>Sorry, something went wrong inside the program. Nothing was lost from the archive. Lock it, unlock it again and retry; if it happens again, tell the custodian what you were doing (not what you typed).</source>
        <translation>Samahani, hitilafu imetokea ndani ya programu. Hakuna kilichopotea kwenye hifadhi. Ifunge, ifungue tena kisha ujaribu tena; likitokea tena, mweleze mtunzaji ulichokuwa ukifanya (si ulichoandika).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Custodian</source>
        <translation>Mtunzaji</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Editor</source>
        <translation>Mhariri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Communications</source>
        <translation>Mawasiliano</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Advocate</source>
        <translation>Mtetezi</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lockscreen.py" line="70" />
        <source>User name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="73" />
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="75" />
        <source>Recovery key</source>
        <translation>Ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="77" />
        <source>I lost my passphrase: use the recovery key</source>
        <translation>Nimepoteza kaulisiri yangu: tumia ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="79" />
        <source>Unlock</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="81" />
        <source>Unlock the archive</source>
        <translation>Fungua hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="88" />
        <source>User name:</source>
        <translation>Jina la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="89" />
        <source>Passphrase:</source>
        <translation>Kaulisiri:</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="90" />
        <source>Recovery key:</source>
        <translation>Ufunguo wa kurejesha:</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="97" />
        <source>HAART Archive is locked</source>
        <translation>Hifadhi ya HAART imefungwa</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="98" />
        <source>Archive folder: %1</source>
        <translation>Folda ya hifadhi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="126" />
        <source>Demo archive: fictional people, made-up stories</source>
        <translation>Hifadhi ya majaribio: watu wa kubuni, hadithi za kutunga</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="133" />
        <source>Use</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="134" />
        <source>Fill in the demo user %1</source>
        <translation>Jaza mtumiaji wa majaribio %1</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="138" />
        <source>Recovery key: %1</source>
        <translation>Ufunguo wa kurejesha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="145" />
        <source>Open another archive folder…</source>
        <translation>Fungua folda nyingine ya hifadhi…</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="148" />
        <source>Create a new archive…</source>
        <translation>Unda hifadhi mpya…</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="152" />
        <source>Interface language</source>
        <translation>Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="179" />
        <source>Choose the archive folder</source>
        <translation>Chagua folda ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="195" />
        <source>Unlocking…</source>
        <translation>Inafungua…</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="196" />
        <source>Unlocking</source>
        <translation>Inafungua</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="211" />
        <source>That user name and passphrase do not open this archive.</source>
        <translation>Jina hilo la mtumiaji na kaulisiri hiyo havifungui hifadhi hii.</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="213" />
        <source>That recovery key does not open this archive.</source>
        <translation>Ufunguo huo wa kurejesha haufungui hifadhi hii.</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="237" />
        <source>You can try again now.</source>
        <translation>Unaweza kujaribu tena sasa.</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="241" />
        <source>Too many failed attempts. Wait %1 seconds before trying again; every failed attempt is recorded for the custodian.</source>
        <translation>Majaribio mengi yameshindikana. Subiri sekunde %1 kabla ya kujaribu tena; kila jaribio lililoshindikana linarekodiwa kwa ajili ya mtunzaji.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/widgets.py" line="44" />
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="47" />
        <source>Repeat the passphrase</source>
        <translation>Rudia kaulisiri</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="52" />
        <source>Passphrase strength</source>
        <translation>Uimara wa kaulisiri</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="58" />
        <source>Passphrase:</source>
        <translation>Kaulisiri:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="59" />
        <source>Repeat it:</source>
        <translation>Irudie:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="60" />
        <source>Strength:</source>
        <translation>Uimara:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="90" />
        <source>Use four or five unrelated words, or a short sentence only you would say.</source>
        <translation>Tumia maneno manne au matano yasiyohusiana, au sentensi fupi ambayo ni wewe tu ungeisema.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="92" />
        <source>Too short: use at least 10 characters.</source>
        <translation>Fupi mno: tumia angalau herufi 10.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="94" />
        <source>Too weak: it would be guessed quickly. Add more unrelated words.</source>
        <translation>Dhaifu mno: ingebashiriwa haraka. Ongeza maneno mengine yasiyohusiana.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="97" />
        <source>Strong enough. Now type it again in the second box.</source>
        <translation>Imara vya kutosha. Sasa iandike tena kwenye kisanduku cha pili.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="98" />
        <source>Strong enough, and both boxes match.</source>
        <translation>Imara vya kutosha, na visanduku vyote viwili vinalingana.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/pages/search.py" line="57" />
        <location filename="../../ui/pages/search.py" line="65" />
        <location filename="../../ui/pages/search.py" line="120" />
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="61" />
        <source>Search words</source>
        <translation>Maneno ya kutafuta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="62" />
        <source>Words to find… (hover for the syntax)</source>
        <translation>Maneno ya kutafuta… (elekeza kipanya kuona jinsi ya kuandika)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="69" />
        <source>Order of results</source>
        <translation>Mpangilio wa matokeo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="70" />
        <source>Best match first</source>
        <translation>Yanayolingana zaidi kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="71" />
        <source>Newest first</source>
        <translation>Mapya kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="73" />
        <source>Rebuild the index</source>
        <translation>Jenga faharasa upya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="74" />
        <source>Rebuild the search index</source>
        <translation>Jenga upya faharasa ya utafutaji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="80" />
        <source>Searching the original testimonies and people's names.</source>
        <translation>Inatafuta shuhuda asili na majina ya watu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="81" />
        <source>Searching the approved public texts only.</source>
        <translation>Inatafuta maandishi ya umma yaliyoidhinishwa pekee.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="88" />
        <source>Search results</source>
        <translation>Matokeo ya utafutaji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="92" />
        <source>Previous page</source>
        <translation>Ukurasa uliotangulia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="94" />
        <source>Next page</source>
        <translation>Ukurasa unaofuata</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="101" />
        <source>The result opened</source>
        <translation>Tokeo lililofunguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="131" />
        <source>All words must match: agent passport
Exact phrase: "promised a job"
Either word: Mombasa OR Kilifi;  leave out: NOT Nairobi
One field: county:kilifi  exploitation:forced_labour  title:agent
Close spelling: Mombasa~;  word start: recruit*
Dates told: told:2019  told:[2019 to 2021]</source>
        <translation>Maneno yote lazima yalingane: wakala pasipoti
Maneno kamili: "aliahidiwa kazi"
Neno lolote: Mombasa OR Kilifi;  usijumuishe: NOT Nairobi
Sehemu moja: county:kilifi  exploitation:forced_labour  title:wakala
Tahajia inayokaribia: Mombasa~;  mwanzo wa neno: wakal*
Tarehe ya kusimuliwa: told:2019  told:[2019 to 2021]</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="173" />
        <source>Nothing found. Try fewer or other words, or untick a facet.</source>
        <translation>Hakuna kilichopatikana. Jaribu maneno machache au mengine, au ondoa alama kwenye kichujio.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="176" />
        <source>%1 found, page %2 of %3</source>
        <translation>%1 yamepatikana, ukurasa %2 kati ya %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="179" />
        <source>Did you mean: %1</source>
        <translation>Ulimaanisha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="214" />
        <source>Form of exploitation</source>
        <translation>Aina ya unyonyaji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="215" />
        <source>ILO indicator</source>
        <translation>Kiashiria cha ILO</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="216" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="217" />
        <source>Year told</source>
        <translation>Mwaka wa kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="218" />
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="219" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="265" />
        <source>Rebuilding the search index…</source>
        <translation>Inajenga upya faharasa ya utafutaji…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="267" />
        <source>The search index was rebuilt.</source>
        <translation>Faharasa ya utafutaji imejengwa upya.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search.py" line="268" />
        <source>Rebuilding was cancelled; the old index is still used.</source>
        <translation>Ujenzi upya umeghairiwa; faharasa ya zamani bado inatumika.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/setup.py" line="55" />
        <source>Archive folder</source>
        <translation>Folda ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="56" />
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="57" />
        <source>Choose the archive folder</source>
        <translation>Chagua folda ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="62" />
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="68" />
        <source>Back to unlocking</source>
        <translation>Rudi kufungua</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="73" />
        <source>Welcome to HAART Archive</source>
        <translation>Karibu kwenye Hifadhi ya HAART</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="75" />
        <source>This creates a new, encrypted archive. Choose an empty folder for it, on this laptop or on an encrypted drive. Everything inside the folder is encrypted.</source>
        <translation>Hii inaunda hifadhi mpya iliyosimbwa. Chagua folda tupu kwa ajili yake, kwenye kompyuta hii au kwenye diski iliyosimbwa. Kila kitu ndani ya folda kinasimbwa.</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="84" />
        <source>Choose an empty folder for the archive</source>
        <translation>Chagua folda tupu kwa ajili ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="92" />
        <source>Custodian's user name</source>
        <translation>Jina la mtumiaji la mtunzaji</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="94" />
        <source>Create the archive</source>
        <translation>Unda hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="98" />
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="103" />
        <source>Your user name:</source>
        <translation>Jina lako la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="109" />
        <source>The custodian</source>
        <translation>Mtunzaji</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="111" />
        <source>You will be the archive's custodian: you add the other staff and keep the recovery key. Choose a passphrase you can remember; nobody can reset it for you without the recovery key.</source>
        <translation>Utakuwa mtunzaji wa hifadhi: unawaongeza wafanyakazi wengine na kutunza ufunguo wa kurejesha. Chagua kaulisiri unayoweza kukumbuka; hakuna anayeweza kukuwekea mpya bila ufunguo wa kurejesha.</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="129" />
        <source>Creating the archive (this takes a few seconds)…</source>
        <translation>Inaunda hifadhi (inachukua sekunde chache)…</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="148" />
        <source>Recovery key</source>
        <translation>Ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="154" />
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="156" />
        <source>Save as PDF…</source>
        <translation>Hifadhi kama PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="158" />
        <source>I have printed or saved the recovery key and put it somewhere safe</source>
        <translation>Nimechapisha au kuhifadhi ufunguo wa kurejesha na kuuweka mahali salama</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="159" />
        <source>Open the archive</source>
        <translation>Fungua hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="172" />
        <source>Your recovery key</source>
        <translation>Ufunguo wako wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="174" />
        <source>If every passphrase is forgotten, this key is the only way back into the archive. It is shown now and never again. Print it or save it as a PDF on a USB stick, and keep it locked away from the laptop.</source>
        <translation>Kaulisiri zote zikisahaulika, ufunguo huu ndiyo njia pekee ya kuingia tena kwenye hifadhi. Unaonyeshwa sasa tu na hautaonyeshwa tena. Uchapishe au uuhifadhi kama PDF kwenye diski ya USB, na uufungie mbali na kompyuta.</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="200" />
        <source>Save the recovery key as PDF</source>
        <translation>Hifadhi ufunguo wa kurejesha kama PDF</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="204" />
        <source>Saved. Move the file to a safe place and delete other copies.</source>
        <translation>Imehifadhiwa. Hamishia faili mahali salama na ufute nakala nyingine.</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="241" />
        <source>HAART Archive: recovery key</source>
        <translation>Hifadhi ya HAART: ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="243" />
        <source>Printed on %1.</source>
        <translation>Imechapishwa tarehe %1.</translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="244" />
        <source>This key opens the whole archive when every passphrase is forgotten. Keep this sheet locked away, apart from the laptop. Anyone holding it can read every testimony.</source>
        <translation>Ufunguo huu unafungua hifadhi yote kaulisiri zote zikisahaulika. Ifungie karatasi hii mbali na kompyuta. Yeyote aliye nayo anaweza kusoma kila ushuhuda.</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../ui/tasks.py" line="146" />
        <source>Progress of the running task</source>
        <translation>Maendeleo ya kazi inayoendelea</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="148" />
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="149" />
        <source>Cancel the running task</source>
        <translation>Ghairi kazi inayoendelea</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="173" />
        <source>Cancelling…</source>
        <translation>Inaghairi…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="96" />
        <source>Another task is still running; wait for it to finish or cancel it.</source>
        <translation>Kazi nyingine bado inaendelea; subiri imalizike au uighairi.</translation>
    </message>
</context>
<context>
    <name>TestimoniesPage</name>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="232" />
        <location filename="../../ui/pages/testimonies.py" line="253" />
        <location filename="../../ui/pages/testimonies.py" line="264" />
        <source>Testimonies</source>
        <translation>Shuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="256" />
        <source>New testimony</source>
        <translation>Ushuhuda mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="257" />
        <source>Add a new testimony</source>
        <translation>Ongeza ushuhuda mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="260" />
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="277" />
        <source>Filter by title…</source>
        <translation>Chuja kwa kichwa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="278" />
        <source>Filter by title</source>
        <translation>Chuja kwa kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="282" />
        <source>Any language</source>
        <translation>Lugha yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="283" />
        <source>Any county</source>
        <translation>Kaunti yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="285" />
        <source>Any tag</source>
        <translation>Lebo yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="287" />
        <source>Any consent</source>
        <translation>Ridhaa yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="308" />
        <source>%1 of %2 shown</source>
        <translation>%1 kati ya %2 vinaonyeshwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="396" />
        <source>This testimony has unsaved changes.</source>
        <translation>Ushuhuda huu una mabadiliko ambayo hayajahifadhiwa.</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="65" />
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="66" />
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="67" />
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="68" />
        <location filename="../../ui/pages/testimony_editor.py" line="222" />
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="69" />
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="70" />
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="73" />
        <source>Save the testimony</source>
        <translation>Hifadhi ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="75" />
        <source>Back to the list</source>
        <translation>Rudi kwenye orodha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="77" />
        <location filename="../../ui/pages/testimony_editor.py" line="261" />
        <source>New testimony</source>
        <translation>Ushuhuda mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="92" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="93" />
        <source>Language of the text</source>
        <translation>Lugha ya maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="94" />
        <location filename="../../ui/pages/testimony_editor.py" line="99" />
        <location filename="../../ui/pages/testimony_editor.py" line="161" />
        <source>(not known)</source>
        <translation>(haijulikani)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="94" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="100" />
        <source>Date told</source>
        <translation>Tarehe ya kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="102" />
        <source>Place told</source>
        <translation>Mahali pa kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="104" />
        <source>Taken by</source>
        <translation>Imechukuliwa na</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="106" />
        <source>Intake notes</source>
        <translation>Maelezo ya mapokezi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="110" />
        <source>Testimony text</source>
        <translation>Maandishi ya ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="116" />
        <source>Title:</source>
        <translation>Kichwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="118" />
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="120" />
        <source>County:</source>
        <translation>Kaunti:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="122" />
        <source>Told on:</source>
        <translation>Ilisimuliwa tarehe:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="124" />
        <source>Place told:</source>
        <translation>Mahali pa kusimuliwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="126" />
        <source>Taken by:</source>
        <translation>Imechukuliwa na:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="128" />
        <source>Notes:</source>
        <translation>Maelezo:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="135" />
        <source>Text:</source>
        <translation>Maandishi:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="146" />
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="146" />
        <source>Role in this testimony</source>
        <translation>Nafasi katika ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="146" />
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="146" />
        <source>Born</source>
        <translation>Alizaliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="152" />
        <source>People in this testimony</source>
        <translation>Watu katika ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="153" />
        <source>Remove the selected person from this testimony</source>
        <translation>Ondoa mtu aliyechaguliwa kwenye ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="156" />
        <source>New person's name</source>
        <translation>Jina la mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="157" />
        <source>New person's role</source>
        <translation>Nafasi ya mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="158" />
        <source>New person's gender</source>
        <translation>Jinsia ya mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="164" />
        <source>New person's year of birth</source>
        <translation>Mwaka wa kuzaliwa wa mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="165" />
        <source>Add the person</source>
        <translation>Ongeza mtu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="168" />
        <source>Add a person</source>
        <translation>Ongeza mtu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="170" />
        <source>Name:</source>
        <translation>Jina:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="171" />
        <source>Role:</source>
        <translation>Nafasi:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="172" />
        <source>Gender:</source>
        <translation>Jinsia:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="173" />
        <source>Year of birth:</source>
        <translation>Mwaka wa kuzaliwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="177" />
        <source>Names are kept in the identity part of the archive: only editors and the custodian can read them, and every reading is recorded.</source>
        <translation>Majina yanatunzwa katika sehemu ya utambulisho ya hifadhi: ni wahariri na mtunzaji pekee wanaoweza kuyasoma, na kila usomaji unarekodiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="188" />
        <source>Forms of exploitation</source>
        <translation>Aina za unyonyaji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="189" />
        <source>ILO indicators of forced labour</source>
        <translation>Viashiria vya ILO vya kazi ya kulazimishwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="190" />
        <source>Sectors</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="191" />
        <source>Push factors</source>
        <translation>Sababu za kusukuma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="210" />
        <source>Routes</source>
        <translation>Njia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="211" />
        <source>e.g. Mombasa - Riyadh; several routes separated by ;</source>
        <translation>k.m. Mombasa - Riyadh; njia kadhaa zitenganishwe kwa ;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="215" />
        <source>Routes:</source>
        <translation>Njia:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="225" />
        <source>What the file reveals</source>
        <translation>Kile faili inachofichua</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="227" />
        <source>Add a file…</source>
        <translation>Ongeza faili…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="243" />
        <source>When (UTC)</source>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="243" />
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="243" />
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="247" />
        <source>History of this testimony</source>
        <translation>Historia ya ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="256" />
        <source>%1 words, in %2</source>
        <translation>maneno %1, kwa %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="273" />
        <source>Testimony, revision %1</source>
        <translation>Ushuhuda, toleo la %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="337" />
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="349" />
        <source>This testimony has unsaved changes.</source>
        <translation>Ushuhuda huu una mabadiliko ambayo hayajahifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="409" />
        <source>Attachments can be added once the media service is installed.</source>
        <translation>Viambatisho vitaweza kuongezwa huduma ya faili ikishawekwa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="412" />
        <source>Save the testimony first, then add its files.</source>
        <translation>Hifadhi ushuhuda kwanza, kisha uongeze faili zake.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="414" />
        <source>Photos, scans, recordings and documents of this testimony, stored encrypted.</source>
        <translation>Picha, nakala, rekodi na nyaraka za ushuhuda huu, zimehifadhiwa zikiwa zimesimbwa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="424" />
        <source>Add a file to this testimony</source>
        <translation>Ongeza faili kwenye ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="451" />
        <source>A new testimony has no history yet.</source>
        <translation>Ushuhuda mpya bado hauna historia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="455" />
        <source>Revision %1. The full history is shown to the custodian.</source>
        <translation>Toleo la %1. Historia kamili inaonyeshwa kwa mtunzaji.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="459" />
        <source>Revision %1. Everything recorded about this testimony:</source>
        <translation>Toleo la %1. Kila kilichorekodiwa kuhusu ushuhuda huu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="501" />
        <source>not known</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="502" />
        <source>female</source>
        <translation>mwanamke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="503" />
        <source>male</source>
        <translation>mwanamume</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimony_editor.py" line="504" />
        <source>other</source>
        <translation>nyingine</translation>
    </message>
</context>
<context>
    <name>TestimonyTableModel</name>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="69" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="69" />
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="69" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="69" />
        <source>Told on</source>
        <translation>Ilisimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="70" />
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="70" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="70" />
        <source>Revision</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/testimonies.py" line="70" />
        <source>Last changed</source>
        <translation>Ilibadilishwa mwisho</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/pages/users.py" line="43" />
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="43" />
        <source>Role</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="43" />
        <source>Since</source>
        <translation>Tangu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="49" />
        <source>Staff who can unlock the archive</source>
        <translation>Wafanyakazi wanaoweza kufungua hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="50" />
        <source>Set a new passphrase for the selected user…</source>
        <translation>Weka kaulisiri mpya kwa mtumiaji aliyechaguliwa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="52" />
        <source>Remove the selected user</source>
        <translation>Ondoa mtumiaji aliyechaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="59" />
        <location filename="../../ui/pages/users.py" line="72" />
        <source>Users and settings</source>
        <translation>Watumiaji na mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="76" />
        <source>Add a user</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="78" />
        <source>New user's name</source>
        <translation>Jina la mtumiaji mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="80" />
        <source>New user's role</source>
        <translation>Nafasi ya mtumiaji mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="84" />
        <source>Add the user</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="90" />
        <source>Name:</source>
        <translation>Jina:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="91" />
        <source>Role:</source>
        <translation>Nafasi:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="97" />
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="99" />
        <source>Set the new passphrase</source>
        <translation>Weka kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="110" />
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="114" />
        <source>%1 minutes</source>
        <translation>dakika %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="117" />
        <source>Lock after this much idle time</source>
        <translation>Funga baada ya muda huu bila matumizi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="120" />
        <source>Interface language</source>
        <translation>Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="127" />
        <source>Lock when idle for:</source>
        <translation>Funga ikikaa bila matumizi kwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="128" />
        <source>Interface language:</source>
        <translation>Lugha ya programu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="169" />
        <source>Adding the user…</source>
        <translation>Inaongeza mtumiaji…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="184" />
        <location filename="../../ui/pages/users.py" line="211" />
        <source>Select a user in the list first.</source>
        <translation>Chagua mtumiaji kwenye orodha kwanza.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="186" />
        <source>New passphrase for %1</source>
        <translation>Kaulisiri mpya ya %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="196" />
        <source>Setting the new passphrase…</source>
        <translation>Inaweka kaulisiri mpya…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="206" />
        <source>The new passphrase is set. Give it to the person in private.</source>
        <translation>Kaulisiri mpya imewekwa. Mpe mhusika faraghani.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="214" />
        <source>Remove %1? Their passphrase stops working at once and every key they could use is replaced, which re-encrypts the archive and can take a while.</source>
        <translation>Ondoa %1? Kaulisiri yake itaacha kufanya kazi mara moja na kila ufunguo aliokuwa akiweza kutumia utabadilishwa, jambo linalosimba hifadhi upya na linaweza kuchukua muda.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="220" />
        <source>Removing the user and replacing keys…</source>
        <translation>Inaondoa mtumiaji na kubadilisha funguo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="223" />
        <source>The removal was cancelled; nothing changed.</source>
        <translation>Kuondoa kumeghairiwa; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="239" />
        <source>Saved: the archive locks after %1 idle minutes.</source>
        <translation>Imehifadhiwa: hifadhi itajifunga baada ya dakika %1 bila matumizi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="243" />
        <source>The new language is used from the next time the archive is unlocked.</source>
        <translation>Lugha mpya itatumika kuanzia wakati ujao hifadhi itakapofunguliwa.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="48" />
        <source>Places</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="93" />
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="93" />
        <source>Search arrives with the search service.</source>
        <translation>Utafutaji utakuja pamoja na huduma ya utafutaji.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="94" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="94" />
        <source>Consent records arrive with the consent service.</source>
        <translation>Rekodi za ridhaa zitakuja pamoja na huduma ya ridhaa.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="95" />
        <source>Redaction desk</source>
        <translation>Meza ya kuficha taarifa</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="96" />
        <source>The redaction desk will show the original and the redacted text side by side. It is not ready yet.</source>
        <translation>Meza ya kuficha taarifa itaonyesha maandishi asili na yaliyofichwa kando kwa kando. Bado haijawa tayari.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="97" />
        <source>Publications</source>
        <translation>Machapisho</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="98" />
        <source>Publications will list what left the archive, where and under which consent. Not ready yet.</source>
        <translation>Machapisho yataorodhesha kilichotoka kwenye hifadhi, kilikokwenda na chini ya ridhaa ipi. Bado hayajawa tayari.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="99" />
        <source>Public texts</source>
        <translation>Maandishi ya umma</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="100" />
        <source>Approved, redacted texts will be listed here once the redaction desk is ready. Use Search to find them.</source>
        <translation>Maandishi yaliyoidhinishwa na kufichwa taarifa yataorodheshwa hapa meza ya kuficha taarifa ikiwa tayari. Tumia Tafuta kuyapata.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="138" />
        <source>You have unsaved changes on this page.</source>
        <translation>Una mabadiliko ambayo hayajahifadhiwa kwenye ukurasa huu.</translation>
    </message>
</context>
</TS>