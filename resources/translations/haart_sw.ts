<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sw">
<context>
    <name>AliasModel</name>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="135" />
        <source>Alias</source>
        <translation>Jina bandia</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="135" />
        <source>Stands for</source>
        <translation>Inamwakilisha</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="135" />
        <source>State</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../ui/window.py" line="51" />
        <location filename="../../ui/window.py" line="197" />
        <source>Lock (Ctrl+L)</source>
        <translation>Funga (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="52" />
        <source>Lock the archive now</source>
        <translation>Funga hifadhi sasa</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="54" />
        <location filename="../../ui/window.py" line="198" />
        <source>My passphrase…</source>
        <translation>Kaulisiri yangu…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="55" />
        <source>Change my passphrase (Ctrl+Shift+P)</source>
        <translation>Badilisha kaulisiri yangu (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="94" />
        <source>Making the demo archive</source>
        <translation>Inatengeneza hifadhi ya majaribio</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="97" />
        <source>Making a demo archive…</source>
        <translation>Inatengeneza hifadhi ya majaribio…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="98" />
        <source>Fictional testimonies, staff and a sample release, in a temporary folder removed when the app closes. This takes a few seconds.</source>
        <translation>Shuhuda za kubuni, wafanyakazi na chapisho la mfano, katika folda ya muda itakayofutwa programu ikifungwa. Hii inachukua sekunde chache.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="119" />
        <source>Making the demo archive…</source>
        <translation>Inatengeneza hifadhi ya majaribio…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="192" />
        <source>An editor answered %1 of your clearance requests: see Publications, Clearances.</source>
        <translation>Mhariri amejibu maombi yako %1 ya idhini: angalia Machapisho, Idhini.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="203" />
        <source>Signed in: %1 (%2)</source>
        <translation>Umeingia: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="219" />
        <source>That folder is empty: there is no archive in it. Choose the folder that holds the archive, or create a new one.</source>
        <translation>Folda hiyo haina kitu: hakuna hifadhi ndani yake. Chagua folda yenye hifadhi, au unda mpya.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="246" />
        <source>The archive locked itself because nobody used it. Unsaved changes were discarded.</source>
        <translation>Hifadhi ilijifunga kwa sababu hakuna aliyeitumia. Mabadiliko ambayo hayakuhifadhiwa yameondolewa.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="249" />
        <source>The archive locked itself because nobody used it for a while.</source>
        <translation>Hifadhi ilijifunga kwa sababu hakuna aliyeitumia kwa muda.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="271" />
        <source>Nobody has used the archive for a while: it locks in %1 seconds. Press a key or move the mouse to keep working.</source>
        <translation>Hakuna aliyetumia hifadhi kwa muda: itajifunga baada ya sekunde %1. Bonyeza kitufe au sogeza kipanya ili uendelee kufanya kazi.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="274" />
        <source>Unsaved changes will be discarded.</source>
        <translation>Mabadiliko ambayo hayajahifadhiwa yataondolewa.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/audit/page.py" line="32" />
        <source>No.</source>
        <translation>Na.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="32" />
        <source>When (UTC)</source>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="32" />
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="32" />
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="33" />
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="33" />
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/audit/page.py" line="82" />
        <location filename="../../ui/audit/page.py" line="104" />
        <source>Audit log</source>
        <translation>Kumbukumbu za ukaguzi</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="84" />
        <source>Filter by action</source>
        <translation>Chuja kwa kitendo</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="88" />
        <source>Filter by person</source>
        <translation>Chuja kwa mtu</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="92" />
        <source>Filter by any text…</source>
        <translation>Chuja kwa maandishi yoyote…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="93" />
        <source>Filter by any text</source>
        <translation>Chuja kwa maandishi yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="95" />
        <source>Verify the log</source>
        <translation>Hakiki kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="96" />
        <source>Verify that no audit entry was changed or deleted</source>
        <translation>Hakiki kwamba hakuna kumbukumbu iliyobadilishwa au kufutwa</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="113" />
        <source>Audit</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="131" />
        <source>Every action</source>
        <translation>Kila kitendo</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="132" />
        <source>Everyone</source>
        <translation>Kila mtu</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="141" />
        <source>The log is intact: %1 entries checked, none changed or missing.</source>
        <translation>Kumbukumbu ziko salama: rekodi %1 zimekaguliwa, hakuna iliyobadilishwa wala kupotea.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/page.py" line="145" />
        <source>The log has been tampered with. Problems found:</source>
        <translation>Kumbukumbu zimeingiliwa. Matatizo yaliyopatikana:</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/backup/page.py" line="41" />
        <source> days</source>
        <translation> siku</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="42" />
        <source>Remind me when the last verified backup is older than</source>
        <translation>Nikumbushe nakala rudufu iliyohakikiwa mwisho ikizidi umri wa</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="45" />
        <source>Make a backup…</source>
        <translation>Tengeneza nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="48" />
        <source>Verify a backup…</source>
        <translation>Hakiki nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="53" />
        <source>Last verified backup:</source>
        <translation>Nakala rudufu iliyohakikiwa mwisho:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="54" />
        <source>Remind after:</source>
        <translation>Kumbusha baada ya:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="60" />
        <location filename="../../ui/backup/page.py" line="72" />
        <source>Backups</source>
        <translation>Nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="62" />
        <source>A backup is one encrypted file holding the whole archive. Any user's passphrase or the recovery key opens it. Keep it on a USB disk stored away from this computer. Each new backup is read back completely before it counts as verified.</source>
        <translation>Nakala rudufu ni faili moja iliyosimbwa yenye hifadhi nzima. Kaulisiri ya mtumiaji yeyote au ufunguo wa kurejesha huifungua. Iweke kwenye diski ya USB iliyohifadhiwa mbali na kompyuta hii. Kila nakala mpya husomwa tena yote kabla ya kuhesabiwa kuwa imehakikiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="88" />
        <source>never</source>
        <translation>bado haijawahi</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="91" />
        <source>%1 (%2 days ago)</source>
        <translation>%1 (siku %2 zilizopita)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="100" />
        <source>No verified backup of this archive exists yet. Make one now.</source>
        <translation>Bado hakuna nakala rudufu iliyohakikiwa ya hifadhi hii. Tengeneza moja sasa.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="101" />
        <source>The last verified backup is %1 days old (the archive asks for one every %2 days). Make a backup now.</source>
        <translation>Nakala rudufu iliyohakikiwa mwisho ina siku %1 (hifadhi inataka moja kila siku %2). Tengeneza nakala rudufu sasa.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="115" />
        <source>Where to write the backup</source>
        <translation>Mahali pa kuandika nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="116" />
        <source>Archive backups (*.hbk)</source>
        <translation>Nakala rudufu za hifadhi (*.hbk)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="122" />
        <source>Making a backup…</source>
        <translation>Inatengeneza nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="124" />
        <source>The backup was written and verified: %1</source>
        <translation>Nakala rudufu imeandikwa na kuhakikiwa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="125" />
        <location filename="../../ui/backup/page.py" line="158" />
        <source>The backup was cancelled; no backup file was kept.</source>
        <translation>Nakala rudufu imesitishwa; hakuna faili iliyobaki.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="131" />
        <source>Backup to verify</source>
        <translation>Nakala rudufu ya kuhakiki</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="132" />
        <source>Archive backups (*.hbk);;All files (*)</source>
        <translation>Nakala rudufu za hifadhi (*.hbk);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="138" />
        <source>Verifying the backup…</source>
        <translation>Inahakiki nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="140" />
        <source>The backup is complete and readable: %1</source>
        <translation>Nakala rudufu ni kamili na inasomeka: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="141" />
        <source>Verifying was cancelled; the backup was not checked.</source>
        <translation>Uhakiki umesitishwa; nakala rudufu haikukaguliwa.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/page.py" line="147" />
        <source>%1 files, %2 MB, made %3</source>
        <translation>faili %1, MB %2, ilitengenezwa %3</translation>
    </message>
</context>
<context>
    <name>CaseFactsBox</name>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="20" />
        <source>Case facts for statistics (de-identified)</source>
        <translation>Taarifa za kesi kwa takwimu (bila utambulisho)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="22" />
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="22" />
        <source>Age when it began</source>
        <translation>Umri mambo yalipoanza</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="23" />
        <source>Destination country</source>
        <translation>Nchi aliyopelekwa</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="23" />
        <source>Route</source>
        <translation>Njia</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="30" />
        <source>(not recorded)</source>
        <translation>(haijarekodiwa)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="35" />
        <source>Recruited by</source>
        <translation>Aliyeajiri</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/case_facts.py" line="36" />
        <source>Recruited by:</source>
        <translation>Aliyeajiri:</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="28" />
        <source>Change my passphrase</source>
        <translation>Badilisha kaulisiri yangu</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="32" />
        <source>Current passphrase</source>
        <translation>Kaulisiri ya sasa</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="37" />
        <source>Change it</source>
        <translation>Ibadilishe</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="42" />
        <source>Current passphrase:</source>
        <translation>Kaulisiri ya sasa:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="44" />
        <source>Your new passphrase opens your key from the next unlock on. Nobody else's passphrase changes, and nothing in the archive is lost.</source>
        <translation>Kaulisiri yako mpya itafungua ufunguo wako kuanzia utakapofungua tena. Kaulisiri ya mtu mwingine haibadiliki, na hakuna kinachopotea kwenye hifadhi.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="62" />
        <source>Changing your passphrase…</source>
        <translation>Inabadilisha kaulisiri yako…</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="65" />
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Hiyo si kaulisiri yako ya sasa. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="75" />
        <source>Your passphrase is changed. Use the new one from the next unlock.</source>
        <translation>Kaulisiri yako imebadilishwa. Tumia mpya utakapofungua tena.</translation>
    </message>
</context>
<context>
    <name>ClearancesView</name>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="39" />
        <source>Clearance requests</source>
        <translation>Maombi ya idhini</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="43" />
        <source>Open in the builder</source>
        <translation>Fungua kwenye kiunda chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="45" />
        <source>Clear for release</source>
        <translation>Idhinisha kuchapishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="46" />
        <source>Run every check and clear the selected publication</source>
        <translation>Endesha kila ukaguzi na uidhinishe chapisho lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="48" />
        <source>Decline…</source>
        <translation>Kataa…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="49" />
        <source>Decline the selected request, with a reason</source>
        <translation>Kataa ombi lililochaguliwa, ukieleza sababu</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="51" />
        <source>Withdraw</source>
        <translation>Ondoa ombi</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="52" />
        <source>Withdraw the selected request</source>
        <translation>Ondoa ombi lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="63" />
        <source>Waiting for an editor to clear</source>
        <translation>Yanasubiri mhariri ayaidhinishe</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="63" />
        <source>Your clearance requests</source>
        <translation>Maombi yako ya idhini</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="66" />
        <source>Clearing runs every gate and the leak check on the rendered publication; the person who asked is told, and may then release exactly that publication.</source>
        <translation>Kuidhinisha kunaendesha kila kizuizi na ukaguzi wa uvujaji kwenye chapisho lililotengenezwa; aliyeomba anaarifiwa, kisha anaweza kuchapisha chapisho hilo hilo tu.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="68" />
        <source>Ask for a clearance in the builder (“Ask an editor to clear”). When an editor answers, you see it here and on your home page.</source>
        <translation>Omba idhini kwenye kiunda chapisho (“Omba mhariri aidhinishe”). Mhariri akijibu, utaona hapa na kwenye ukurasa wako wa mwanzo.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="92" />
        <source>Nothing waits for you to clear.</source>
        <translation>Hakuna kinachosubiri uidhinishe.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="94" />
        <source>You have not asked for any clearance yet.</source>
        <translation>Bado hujaomba idhini yoyote.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="108" />
        <source>Asked by %1 on %2</source>
        <translation>Imeombwa na %1 tarehe %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="112" />
        <source>Waiting for an editor (asked %1)</source>
        <translation>Inasubiri mhariri (iliombwa %1)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="113" />
        <source>Cleared by %1: you may build and release it.</source>
        <translation>Imeidhinishwa na %1: unaweza kuitengeneza na kuichapisha.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="115" />
        <source>Declined by %1: %2</source>
        <translation>Imekataliwa na %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="120" />
        <source>Note: %1</source>
        <translation>Ujumbe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="152" />
        <source>Checking and clearing the publication…</source>
        <translation>Inakagua na kuidhinisha chapisho…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="157" />
        <source>Cleared. %1 is told and may now release exactly this publication.</source>
        <translation>Imeidhinishwa. %1 amearifiwa na sasa anaweza kuchapisha chapisho hili hili tu.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="158" />
        <source>The person who asked</source>
        <translation>Aliyeomba</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="165" />
        <source>Why can it not be cleared? The person who asked reads this.</source>
        <translation>Kwa nini haliwezi kuidhinishwa? Aliyeomba atasoma hili.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/clearances.py" line="177" />
        <source>Withdraw this request for a clearance?</source>
        <translation>Uondoe ombi hili la idhini?</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>none recorded</source>
        <translation>haijarekodiwa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>active</source>
        <translation>inatumika</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>partly withdrawn</source>
        <translation>imeondolewa kwa sehemu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>withdrawn</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>expired</source>
        <translation>muda umekwisha</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/consent/form.py" line="46" />
        <source>Date consent was given</source>
        <translation>Tarehe ridhaa ilipotolewa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="49" />
        <source>How consent was given</source>
        <translation>Jinsi ridhaa ilivyotolewa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="54" />
        <source>Language of the consent conversation</source>
        <translation>Lugha ya mazungumzo ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="56" />
        <source>Who consented</source>
        <translation>Aliyetoa ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="57" />
        <source>Relation to the survivor</source>
        <translation>Uhusiano na manusura</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="58" />
        <source>Staff member who took the consent</source>
        <translation>Mfanyakazi aliyechukua ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="59" />
        <source>Witness</source>
        <translation>Shahidi</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="60" />
        <source>An interpreter was used</source>
        <translation>Mkalimani alitumika</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="61" />
        <source>Interpreter's name</source>
        <translation>Jina la mkalimani</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="62" />
        <source>The survivor is a minor (under 18)</source>
        <translation>Manusura ni mtoto (chini ya miaka 18)</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="63" />
        <source>A parent or guardian granted the consent</source>
        <translation>Mzazi au mlezi alitoa ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="64" />
        <source>The minor gave their own assent</source>
        <translation>Mtoto alikubali mwenyewe pia</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="65" />
        <source>How the minor gave assent</source>
        <translation>Jinsi mtoto alivyokubali</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="66" />
        <source>Uses allowed</source>
        <translation>Matumizi yaliyoruhusiwa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="68" />
        <source>How the survivor must be named</source>
        <translation>Jinsi manusura anavyopaswa kutajwa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="71" />
        <source>Material allowed</source>
        <translation>Vitu vilivyoruhusiwa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="72" />
        <source>Consent expires on</source>
        <translation>Ridhaa inaisha tarehe</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="73" />
        <source>The survivor wants to review anything before it is published</source>
        <translation>Manusura anataka kusoma chochote kabla hakijachapishwa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="74" />
        <source>There is a safety risk to the survivor</source>
        <translation>Kuna hatari kwa usalama wa manusura</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="76" />
        <source>Risk details</source>
        <translation>Maelezo ya hatari</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="79" />
        <source>Conditions, in the survivor's own words</source>
        <translation>Masharti, kwa maneno ya manusura mwenyewe</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="83" />
        <source>This replaces the current terms (an amendment)</source>
        <translation>Hii inachukua nafasi ya masharti ya sasa (marekebisho)</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="90" />
        <source>Who and how</source>
        <translation>Nani na jinsi gani</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="92" />
        <source>Consent given on:</source>
        <translation>Ridhaa ilitolewa tarehe:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="93" />
        <source>Method:</source>
        <translation>Njia:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="94" />
        <source>Language spoken:</source>
        <translation>Lugha iliyozungumzwa:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="95" />
        <source>Consenter's name:</source>
        <translation>Jina la aliyetoa ridhaa:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="96" />
        <source>Relation:</source>
        <translation>Uhusiano:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="97" />
        <source>Taken by:</source>
        <translation>Imechukuliwa na:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="98" />
        <source>Witness:</source>
        <translation>Shahidi:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="100" />
        <source>Interpreter:</source>
        <translation>Mkalimani:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="104" />
        <source>Assent:</source>
        <translation>Kukubali kwa mtoto:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="105" />
        <source>What the survivor allowed</source>
        <translation>Alichoruhusu manusura</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="107" />
        <source>Uses:</source>
        <translation>Matumizi:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="108" />
        <source>Naming:</source>
        <translation>Kutajwa:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="109" />
        <source>Material:</source>
        <translation>Vitu:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="110" />
        <source>Expires on:</source>
        <translation>Inaisha tarehe:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="113" />
        <source>Risk details:</source>
        <translation>Maelezo ya hatari:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="114" />
        <source>Conditions:</source>
        <translation>Masharti:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="115" />
        <source>Record this consent</source>
        <translation>Rekodi ridhaa hii</translation>
    </message>
    <message>
        <location filename="../../ui/consent/form.py" line="118" />
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consent/page.py" line="50" />
        <source>Testimony</source>
        <translation>Ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="53" />
        <source>Consents that have expired</source>
        <translation>Ridhaa zilizokwisha muda</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="54" />
        <source>Consents expiring soon</source>
        <translation>Ridhaa zinazoisha karibuni</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="56" />
        <source>Testimony:</source>
        <translation>Ushuhuda:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="58" />
        <source>Expired:</source>
        <translation>Zimekwisha muda:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="61" />
        <source>Expiring within %1 days:</source>
        <translation>Zinaisha ndani ya siku %1:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="75" />
        <location filename="../../ui/consent/page.py" line="116" />
        <source>Consent receipt</source>
        <translation>Stakabadhi ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="83" />
        <location filename="../../ui/consent/page.py" line="87" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="105" />
        <source>Consent history</source>
        <translation>Historia ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="110" />
        <source>Record consent…</source>
        <translation>Rekodi ridhaa…</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="112" />
        <source>Withdraw all consent</source>
        <translation>Ondoa ridhaa yote</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="114" />
        <source>Withdraw all consent for this testimony</source>
        <translation>Ondoa ridhaa yote ya ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="129" />
        <source>History (oldest first):</source>
        <translation>Historia (ya zamani kwanza):</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="137" />
        <source>Renew the consent until</source>
        <translation>Fanya upya ridhaa hadi</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="138" />
        <source>Renew until this date</source>
        <translation>Fanya upya hadi tarehe hii</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="140" />
        <source>Withdraw some uses or media…</source>
        <translation>Ondoa baadhi ya matumizi au aina za vyombo…</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="144" />
        <source>Uses to withdraw</source>
        <translation>Matumizi ya kuondoa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="145" />
        <source>Media to withdraw</source>
        <translation>Aina za vyombo za kuondoa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="146" />
        <source>Withdraw the ticked uses and media</source>
        <translation>Ondoa matumizi na vyombo vilivyowekewa alama</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="149" />
        <source>Partial withdrawal: tick what the survivor takes back</source>
        <translation>Kuondoa kwa sehemu: weka alama kwa anachorudisha manusura</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="158" />
        <source>Renew until:</source>
        <translation>Fanya upya hadi:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="182" />
        <source>Tick at least one use or medium to withdraw.</source>
        <translation>Weka alama angalau kwa tumizi moja au chombo kimoja cha kuondoa.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="186" />
        <source>Withdraw consent for: %1? This is recorded and cannot be undone; everything already published with it must be taken down.</source>
        <translation>Ondoa ridhaa kwa: %1? Hili linarekodiwa na haliwezi kutenguliwa; kila kilichochapishwa tayari kwa ridhaa hii lazima kiondolewe.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="204" />
        <source>Language of the receipt</source>
        <translation>Lugha ya stakabadhi</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="208" />
        <source>Save as PDF…</source>
        <translation>Hifadhi kama PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="210" />
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="242" />
        <source>expired %1</source>
        <translation>ilikwisha %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="242" />
        <source>None.</source>
        <translation>Hakuna.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="243" />
        <source>expires %1</source>
        <translation>inaisha %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="243" />
        <source>None in the next %1 days.</source>
        <translation>Hakuna katika siku %1 zijazo.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="284" />
        <source>Consent: %1</source>
        <translation>Ridhaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="292" />
        <source>Nothing recorded yet. When the survivor gives consent, press “Record consent…” and fill in the form with them.</source>
        <translation>Bado hakuna kilichorekodiwa. Manusura akitoa ridhaa, bonyeza “Rekodi ridhaa…” na ujaze fomu pamoja naye.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="303" />
        <source>Consent granted</source>
        <translation>Ridhaa imetolewa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="304" />
        <source>Terms changed</source>
        <translation>Masharti yamebadilishwa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="305" />
        <source>Renewed</source>
        <translation>Imehuishwa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="306" />
        <source>Partly withdrawn</source>
        <translation>Imeondolewa kwa sehemu</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="307" />
        <source>All consent withdrawn</source>
        <translation>Ridhaa yote imeondolewa</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="308" />
        <source>Expired</source>
        <translation>Muda umekwisha</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="312" />
        <source>allowed: %1</source>
        <translation>imeruhusiwa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="313" />
        <location filename="../../ui/consent/page.py" line="315" />
        <source>until %1</source>
        <translation>hadi %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="334" />
        <source>Saving the consent…</source>
        <translation>Inahifadhi ridhaa…</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="346" />
        <source>Withdraw all consent for "%1"? From today nothing from this testimony may be used or published. This is recorded and cannot be undone; the survivor can give consent again later.</source>
        <translation>Ondoa ridhaa yote ya "%1"? Kuanzia leo hakuna kitu cha ushuhuda huu kitakachotumika wala kuchapishwa. Hili linarekodiwa na haliwezi kutenduliwa; manusura anaweza kutoa ridhaa tena baadaye.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="362" />
        <source>Consent withdrawn. Nothing from this testimony was published, so nothing needs taking down.</source>
        <translation>Ridhaa imeondolewa. Hakuna kitu cha ushuhuda huu kilichochapishwa, kwa hiyo hakuna cha kuondoa.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="365" />
        <source>Consent withdrawn. Take these down now:</source>
        <translation>Ridhaa imeondolewa. Ondoa machapisho haya sasa:</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="367" />
        <source>The take-down list is also under Publications.</source>
        <translation>Orodha ya vya kuondoa iko pia chini ya Machapisho.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="383" />
        <source>Save the consent receipt</source>
        <translation>Hifadhi stakabadhi ya ridhaa</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../ui/statistics/page.py" line="65" />
        <source>Count</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="65" />
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="79" />
        <source>fewer than k</source>
        <translation>chini ya k</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="80" />
        <source>hidden: it would reveal a small count</source>
        <translation>imefichwa: ingefichua idadi ndogo</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="30" />
        <location filename="../../ui/dialogs.py" line="33" />
        <source>HAART Archive</source>
        <translation>Hifadhi ya HAART</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38" />
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="39" />
        <source>Discard changes</source>
        <translation>Acha mabadiliko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41" />
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48" />
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49" />
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="26" />
        <source>Sorry, something went wrong inside the program. Nothing was lost from the archive. Lock it, unlock it again and retry; if it happens again, tell the custodian what you were doing (not what you typed).</source>
        <translation>Samahani, hitilafu imetokea ndani ya programu. Hakuna kilichopotea kwenye hifadhi. Ifunge, ifungue tena kisha ujaribu tena; likitokea tena, mweleze mtunzaji ulichokuwa ukifanya (si ulichoandika).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="31" />
        <source>Welcome, %1</source>
        <translation>Karibu, %1</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="32" />
        <source>What waits for you today. Each line links to the page where you do it.</source>
        <translation>Kinachokusubiri leo. Kila mstari unakupeleka kwenye ukurasa wa kukifanya.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="47" />
        <source>Home</source>
        <translation>Mwanzo</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="68" />
        <source>Nothing waits for you. Use the places on the left to search, read or add.</source>
        <translation>Hakuna kinachokusubiri. Tumia sehemu zilizo kushoto kutafuta, kusoma au kuongeza.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="80" />
        <source>%1 testimony(ies) have no redacted version yet.</source>
        <translation>Shuhuda %1 bado hazina toleo lililofichwa taarifa.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="80" />
        <location filename="../../ui/home/page.py" line="82" />
        <source>Redaction desk</source>
        <translation>Meza ya kuficha taarifa</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="82" />
        <source>%1 redacted version(s) wait for approval.</source>
        <translation>Matoleo %1 yaliyofichwa taarifa yanasubiri kuidhinishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="84" />
        <source>%1 consent(s) have expired: renew them or stop using the testimonies.</source>
        <translation>Ridhaa %1 zimekwisha muda: zihuishe au acha kutumia shuhuda hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="85" />
        <location filename="../../ui/home/page.py" line="89" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="87" />
        <source>%1 consent(s) end within %2 days.</source>
        <translation>Ridhaa %1 zinaisha ndani ya siku %2.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="91" />
        <source>%1 take-down(s) open, %2 of them asked more than %3 days ago.</source>
        <translation>Maombi %1 ya kuondoa machapisho yako wazi, %2 kati yake yaliombwa zaidi ya siku %3 zilizopita.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="93" />
        <source>Publications</source>
        <translation>Machapisho</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="95" />
        <source>%1 publication(s) wait for you to clear them.</source>
        <translation>Machapisho %1 yanasubiri uyaidhinishe.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="96" />
        <location filename="../../ui/home/page.py" line="99" />
        <source>Clearances</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="98" />
        <source>%1 of your clearance requests have been answered.</source>
        <translation>Maombi yako %1 ya idhini yamejibiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="102" />
        <source>No backup has been verified yet. Make one and verify it.</source>
        <translation>Bado hakuna nakala rudufu iliyohakikiwa. Tengeneza moja na uihakiki.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="104" />
        <source>Last verified backup: %1.</source>
        <translation>Nakala rudufu iliyohakikiwa mwisho: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="108" />
        <source>Backup</source>
        <translation>Nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="123" />
        <source>Go to %1</source>
        <translation>Nenda %1</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="94" />
        <source>Photo to redact: draw boxes or shapes over what must be hidden</source>
        <translation>Picha ya kuficha: chora visanduku au maumbo juu ya kinachopaswa kufichwa</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="349" />
        <source>Photos of this testimony</source>
        <translation>Picha za ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="355" />
        <source>What the original file reveals about itself</source>
        <translation>Kile faili asilia linachofichua kuhusu lenyewe</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="367" />
        <source>Preview of the redacted image</source>
        <translation>Onyesho la picha iliyofichwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="369" />
        <source>Create redacted image</source>
        <translation>Tengeneza picha iliyofichwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="370" />
        <source>Create the redacted image from the drawn regions</source>
        <translation>Tengeneza picha iliyofichwa kutokana na maeneo yaliyochorwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="372" />
        <source>Approve this image</source>
        <translation>Idhinisha picha hii</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="375" />
        <source>No face or identifying feature is visible</source>
        <translation>Hakuna uso wala alama ya utambulisho inayoonekana</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="376" />
        <source>Required for a child's image: you confirm it with your approval.</source>
        <translation>Inahitajika kwa picha ya mtoto: unathibitisha hili pamoja na idhini yako.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="378" />
        <source>Find faces and text</source>
        <translation>Tafuta nyuso na maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="379" />
        <source>Suggest boxes over faces and lines of text</source>
        <translation>Pendekeza visanduku juu ya nyuso na mistari ya maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="381" />
        <source>Accept all suggestions</source>
        <translation>Kubali mapendekezo yote</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="392" />
        <source>Box (B)</source>
        <translation>Kisanduku (B)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="392" />
        <source>Freehand (F)</source>
        <translation>Kwa mkono (F)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="393" />
        <source>Move and select (M)</source>
        <translation>Sogeza na uchague (M)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="404" />
        <source>Delete selected (Del)</source>
        <translation>Futa vilivyochaguliwa (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="414" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Kuza (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="415" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Punguza (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="416" />
        <source>Fit (Ctrl+0)</source>
        <translation>Tosheleza (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="507" />
        <source>This testimony has no photos or scans to redact. Add them in the testimony's Attachments tab; they appear here to be redacted.</source>
        <translation>Ushuhuda huu hauna picha wala nakala zilizochanganuliwa za kufichwa taarifa. Ziongeze kwenye kichupo cha Viambatisho cha ushuhuda; zitaonekana hapa ili kufichwa taarifa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="411" />
        <source>Remove all shapes</source>
        <translation>Ondoa maumbo yote</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="437" />
        <source>Photos:</source>
        <translation>Picha:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="439" />
        <source>Metadata warnings (the redacted image keeps none of this):</source>
        <translation>Tahadhari za metadata (picha iliyofichwa haibaki na chochote kati ya hivi):</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="453" />
        <source>Preview of the redacted image:</source>
        <translation>Onyesho la picha iliyofichwa:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="502" />
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="529" />
        <source>high risk</source>
        <translation>hatari kubwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="529" />
        <source>medium risk</source>
        <translation>hatari ya wastani</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="529" />
        <source>low risk</source>
        <translation>hatari ndogo</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="535" />
        <source>No metadata found in the file.</source>
        <translation>Hakuna metadata iliyopatikana kwenye faili.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="554" />
        <source>Looking for faces and text…</source>
        <translation>Inatafuta nyuso na maandishi…</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="567" />
        <source>%1 face(s) and %2 line(s) of text suggested (dashed): double-click one to cover it, or accept all. Detectors can miss a face.</source>
        <translation>Nyuso %1 na mistari %2 ya maandishi imependekezwa (vistari): bofya mara mbili kimoja kukifunika, au ukubali vyote. Vigunduzi vinaweza kukosa uso.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="596" />
        <source>%1 region(s) will be filled with solid black. Nothing else of the file is kept.</source>
        <translation>Eneo %1 litajazwa rangi nyeusi kabisa. Hakuna kingine cha faili kitakachobaki.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="610" />
        <source>Draw at least one box or shape over what must be hidden first.</source>
        <translation>Kwanza chora angalau kisanduku au umbo moja juu ya kinachopaswa kufichwa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="621" />
        <source>This is the stored redacted image, made from new pixels without metadata.</source>
        <translation>Hii ndiyo picha iliyofichwa iliyohifadhiwa, iliyotengenezwa kwa pikseli mpya bila metadata.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="622" />
        <source>Redacted image created (a draft). Approve it before it can be published.</source>
        <translation>Picha iliyofichwa imetengenezwa (rasimu). Iidhinishe kabla haijachapishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/image_canvas.py" line="636" />
        <source>Approved: the redacted image may now be used under the survivor's consent.</source>
        <translation>Imeidhinishwa: picha iliyofichwa sasa inaweza kutumika kwa mujibu wa ridhaa ya manusura.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/importing/labels.py" line="11" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="12" />
        <source>Testimony text</source>
        <translation>Maandishi ya ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="13" />
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="14" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="15" />
        <source>Date told</source>
        <translation>Tarehe ya kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="16" />
        <source>Place told</source>
        <translation>Mahali pa kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="17" />
        <source>Taken by</source>
        <translation>Imechukuliwa na</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="18" />
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="19" />
        <source>Form of exploitation</source>
        <translation>Aina ya unyonyaji</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="20" />
        <source>ILO indicators</source>
        <translation>Viashiria vya ILO</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="21" />
        <source>Sectors</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="22" />
        <source>Push factors</source>
        <translation>Sababu za kusukuma</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="23" />
        <source>Routes</source>
        <translation>Njia</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="24" />
        <source>Survivor's name</source>
        <translation>Jina la manusura</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="25" />
        <source>Survivor's gender</source>
        <translation>Jinsia ya manusura</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="26" />
        <source>Survivor's phone</source>
        <translation>Simu ya manusura</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="27" />
        <source>Survivor's year of birth</source>
        <translation>Mwaka wa kuzaliwa wa manusura</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="28" />
        <source>Recruiter's name</source>
        <translation>Jina la mwajiri-mshawishi</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="29" />
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/importing/page.py" line="53" />
        <source>Import testimonies</source>
        <translation>Leta shuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="57" />
        <location filename="../../ui/importing/page.py" line="135" />
        <source>Import</source>
        <translation>Leta</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="62" />
        <source>Folder or spreadsheet to import</source>
        <translation>Folda au lahajedwali ya kuleta</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="64" />
        <source>A folder of .docx, .pdf, .txt or .md files, or an .xlsx or .csv file</source>
        <translation>Folda ya faili za .docx, .pdf, .txt au .md, au faili ya .xlsx au .csv</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="65" />
        <source>Choose a folder…</source>
        <translation>Chagua folda…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="67" />
        <source>Choose a spreadsheet…</source>
        <translation>Chagua lahajedwali…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="69" />
        <source>Dry run: see what would be imported</source>
        <translation>Jaribio: ona kitakacholetwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="79" />
        <source>Nothing is imported until you have read the dry run. A folder gives one testimony per document, with photos and recordings named after the document attached; a spreadsheet gives one per row.</source>
        <translation>Hakuna kinacholetwa hadi usome jaribio. Folda hutoa ushuhuda mmoja kwa kila hati, pamoja na picha na rekodi zenye jina la hati hiyo zikiambatishwa; lahajedwali hutoa mmoja kwa kila safu.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="87" />
        <source>Folder of intake documents</source>
        <translation>Folda ya hati za mapokezi</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="92" />
        <source>Spreadsheet of testimonies</source>
        <translation>Lahajedwali ya shuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="93" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lahajedwali (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="103" />
        <source>Reading the files for the dry run…</source>
        <translation>Inasoma faili kwa ajili ya jaribio…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="111" />
        <source>The dry run report</source>
        <translation>Ripoti ya jaribio</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="114" />
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="114" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="114" />
        <source>Words</source>
        <translation>Maneno</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="115" />
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="118" />
        <source>Testimonies the import will create</source>
        <translation>Shuhuda zitakazoundwa na uletaji</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="125" />
        <source>Columns: which column holds what</source>
        <translation>Safu wima: ipi ina nini</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="133" />
        <source>Use this mapping and run the dry run again</source>
        <translation>Tumia mpangilio huu na urudie jaribio</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="138" />
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="153" />
        <source>Dry run: nothing has been imported yet</source>
        <translation>Jaribio: bado hakuna kilicholetwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="184" />
        <source>Guessed from the column headers. Check each one.</source>
        <translation>Imekisiwa kutoka vichwa vya safu wima. Kagua kila kimoja.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="188" />
        <source>(not imported)</source>
        <translation>(hailetwi)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="207" />
        <source>Importing %1 testimonies…</source>
        <translation>Inaleta shuhuda %1…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="220" />
        <source>The import was cancelled; nothing was kept, and the archive is as it was.</source>
        <translation>Uletaji umesitishwa; hakuna kilichobaki, na hifadhi iko kama ilivyokuwa.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="225" />
        <source>Source files you may now delete</source>
        <translation>Faili chanzo unazoweza kufuta sasa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="227" />
        <source>What was not imported</source>
        <translation>Kisicholetwa</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="228" />
        <source>Import more</source>
        <translation>Leta zaidi</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="234" />
        <source>These source files hold nothing the archive lacks now. They are not encrypted: delete them (and empty the recycle bin) unless the law asks you to keep them.</source>
        <translation>Faili hizi chanzo hazina chochote ambacho hifadhi haina sasa. Hazijasimbwa: zifute (na usafishe pipa la taka) isipokuwa sheria inakutaka uzihifadhi.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="237" />
        <source>Not imported, or imported without an attachment:</source>
        <translation>Kisicholetwa, au kilicholetwa bila kiambatisho:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/page.py" line="244" />
        <source>%1 testimonies imported.</source>
        <translation>Shuhuda %1 zimeletwa.</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../ui/screening/panel.py" line="64" />
        <source>Indicator</source>
        <translation>Dalili</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="64" />
        <source>Evidence</source>
        <translation>Ushahidi</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="64" />
        <source>Why</source>
        <translation>Kwa nini</translation>
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
    <name>LeakModel</name>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="124" />
        <source>Line %1: “%2” (%3)</source>
        <translation>Mstari %1: “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lockscreen.py" line="71" />
        <source>User name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="74" />
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="76" />
        <source>Recovery key</source>
        <translation>Ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="78" />
        <source>I lost my passphrase: use the recovery key</source>
        <translation>Nimepoteza kaulisiri yangu: tumia ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="80" />
        <source>Unlock</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="82" />
        <source>Unlock the archive</source>
        <translation>Fungua hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="89" />
        <source>User name:</source>
        <translation>Jina la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="90" />
        <source>Passphrase:</source>
        <translation>Kaulisiri:</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="91" />
        <source>Recovery key:</source>
        <translation>Ufunguo wa kurejesha:</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="99" />
        <source>HAART Archive is locked</source>
        <translation>Hifadhi ya HAART imefungwa</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="100" />
        <source>Archive folder: %1</source>
        <translation>Folda ya hifadhi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="128" />
        <source>Demo archive: fictional people, made-up stories</source>
        <translation>Hifadhi ya majaribio: watu wa kubuni, hadithi za kutunga</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="136" />
        <source>Use</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="138" />
        <source>Fill in the demo user %1</source>
        <translation>Jaza mtumiaji wa majaribio %1</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="142" />
        <source>Recovery key: %1</source>
        <translation>Ufunguo wa kurejesha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="150" />
        <source>Open another archive folder…</source>
        <translation>Fungua folda nyingine ya hifadhi…</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="153" />
        <source>Create a new archive…</source>
        <translation>Unda hifadhi mpya…</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="157" />
        <source>Interface language</source>
        <translation>Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="184" />
        <source>Choose the archive folder</source>
        <translation>Chagua folda ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="200" />
        <source>Unlocking…</source>
        <translation>Inafungua…</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="201" />
        <source>Unlocking</source>
        <translation>Inafungua</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="216" />
        <source>That user name and passphrase do not open this archive.</source>
        <translation>Jina hilo la mtumiaji na kaulisiri hiyo havifungui hifadhi hii.</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="218" />
        <source>That recovery key does not open this archive.</source>
        <translation>Ufunguo huo wa kurejesha haufungui hifadhi hii.</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="242" />
        <source>You can try again now.</source>
        <translation>Unaweza kujaribu tena sasa.</translation>
    </message>
    <message>
        <location filename="../../ui/lockscreen.py" line="246" />
        <source>Too many failed attempts. Wait %1 seconds before trying again; every failed attempt is recorded for the custodian.</source>
        <translation>Majaribio mengi yameshindikana. Subiri sekunde %1 kabla ya kujaribu tena; kila jaribio lililoshindikana linarekodiwa kwa ajili ya mtunzaji.</translation>
    </message>
</context>
<context>
    <name>PartnerExportView</name>
    <message>
        <location filename="../../ui/partner/view.py" line="45" />
        <source>%1 people</source>
        <translation>watu %1</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="50" />
        <source>Every combination of year, gender, age band, citizenship and country must describe at least k people. CTDC uses 11.</source>
        <translation>Kila mchanganyiko wa mwaka, jinsia, kundi la umri, uraia na nchi lazima ueleze angalau watu k. CTDC hutumia 11.</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="52" />
        <source>Case rows and summary tables</source>
        <translation>Safu za kesi na majedwali ya muhtasari</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="54" />
        <source>Summary tables only</source>
        <translation>Majedwali ya muhtasari pekee</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="60" />
        <source>Which partner receives it</source>
        <translation>Mshirika gani anaipokea</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="61" />
        <source>e.g. the regional data hub</source>
        <translation>k.m. kituo cha takwimu cha kanda</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="70" />
        <source>Scope:</source>
        <translation>Upeo:</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="72" />
        <source>Formats:</source>
        <translation>Miundo:</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="73" />
        <source>Partner:</source>
        <translation>Mshirika:</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="74" />
        <source>Preview the suppression report</source>
        <translation>Hakiki ripoti ya ufichaji</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="76" />
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="85" />
        <source>The suppression report</source>
        <translation>Ripoti ya ufichaji</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="87" />
        <source>Export for a partner</source>
        <translation>Hamisha kwa mshirika</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="110" />
        <source>Preparing the partner export preview…</source>
        <translation>Inaandaa hakiki ya uhamishaji kwa mshirika…</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="128" />
        <source>Testimonies whose consent allows sharing</source>
        <translation>Shuhuda ambazo ridhaa yake inaruhusu kushiriki</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="129" />
        <source>Case rows exported</source>
        <translation>Safu za kesi zilizohamishwa</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="130" />
        <source>Records left out of the case rows</source>
        <translation>Rekodi zilizoachwa nje ya safu za kesi</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="49" />
        <source>The smallest group any row may describe</source>
        <translation>Kikundi kidogo zaidi ambacho mstari wowote unaweza kueleza</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="71" />
        <source>Smallest group:</source>
        <translation>Kikundi kidogo zaidi:</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="89" />
        <source>Only testimonies whose consent allows sharing with partners are included, without any free text. Every group shown has at least as many people as the smallest group below (11 by default): rows that would describe fewer are generalised or left out.</source>
        <translation>Ni shuhuda tu ambazo ridhaa yake inaruhusu kushiriki na washirika zinazojumuishwa, bila maandishi huru yoyote. Kila kikundi kinachoonyeshwa kina angalau idadi ya watu wa kikundi kidogo zaidi hapa chini (11 kwa kawaida): mistari ambayo ingeeleza wachache zaidi inajumlishwa au kuachwa.</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="120" />
        <source>Nothing to export: no testimony's consent allows sharing, or every group is too small.</source>
        <translation>Hakuna cha kuhamisha: hakuna ridhaa ya ushuhuda inayoruhusu kushiriki, au kila kikundi ni kidogo mno.</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="126" />
        <source>Smallest group</source>
        <translation>Kikundi kidogo zaidi</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="126" />
        <source>every group shown has at least %1 people</source>
        <translation>kila kikundi kinachoonyeshwa kina angalau watu %1</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="131" />
        <source>Summary cells hidden (fewer than %1 people)</source>
        <translation>Visanduku vya muhtasari vilivyofichwa (chini ya watu %1)</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="135" />
        <source>Suppression report</source>
        <translation>Ripoti ya ufichaji</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="135" />
        <source>Generalised</source>
        <translation>Vilivyojumlishwa</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="135" />
        <source>Why</source>
        <translation>Kwa nini</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="151" />
        <source>Folder for the partner export</source>
        <translation>Folda ya uhamishaji kwa mshirika</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="165" />
        <source>Exporting for the partner…</source>
        <translation>Inahamisha kwa mshirika…</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="171" />
        <source>Written and entered in the register:</source>
        <translation>Imeandikwa na kuingizwa kwenye rejista:</translation>
    </message>
    <message>
        <location filename="../../ui/partner/view.py" line="173" />
        <source>The partner export was written: %1 file(s).</source>
        <translation>Uhamishaji kwa mshirika umeandikwa: faili %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/widgets.py" line="53" />
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="56" />
        <source>Repeat the passphrase</source>
        <translation>Rudia kaulisiri</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="61" />
        <source>Passphrase strength</source>
        <translation>Uimara wa kaulisiri</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="68" />
        <source>Passphrase:</source>
        <translation>Kaulisiri:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="69" />
        <source>Repeat it:</source>
        <translation>Irudie:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="70" />
        <source>Strength:</source>
        <translation>Uimara:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="100" />
        <source>Use four or five unrelated words, or a short sentence only you would say.</source>
        <translation>Tumia maneno manne au matano yasiyohusiana, au sentensi fupi ambayo ni wewe tu ungeisema.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="102" />
        <source>Too short: use at least 10 characters.</source>
        <translation>Fupi mno: tumia angalau herufi 10.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="104" />
        <source>Too weak: it would be guessed quickly. Add more unrelated words.</source>
        <translation>Dhaifu mno: ingebashiriwa haraka. Ongeza maneno mengine yasiyohusiana.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="107" />
        <source>Strong enough. Now type it again in the second box.</source>
        <translation>Imara vya kutosha. Sasa iandike tena kwenye kisanduku cha pili.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="108" />
        <source>Strong enough, and both boxes match.</source>
        <translation>Imara vya kutosha, na visanduku vyote viwili vinalingana.</translation>
    </message>
</context>
<context>
    <name>PublicTexts</name>
    <message>
        <location filename="../../ui/publishing/labels.py" line="52" />
        <source>Anonymous</source>
        <translation>Bila jina</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="53" />
        <source>Pseudonym</source>
        <translation>Jina la bandia</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="54" />
        <source>First name only</source>
        <translation>Jina la kwanza pekee</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="55" />
        <source>Full name</source>
        <translation>Jina kamili</translation>
    </message>
</context>
<context>
    <name>PublicTextsPage</name>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="68" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="68" />
        <source>Anonymity</source>
        <translation>Kutotambulika</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="68" />
        <source>Approved on</source>
        <translation>Iliidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="72" />
        <source>Filter the public texts</source>
        <translation>Chuja maandishi ya umma</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="73" />
        <source>Words in the title or text…</source>
        <translation>Maneno katika kichwa au maandishi…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="77" />
        <source>Approved public texts</source>
        <translation>Maandishi ya umma yaliyoidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="88" />
        <source>The public text</source>
        <translation>Maandishi ya umma</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="91" />
        <source>Export PDF (to print)…</source>
        <translation>Hamisha PDF (ya kuchapisha)…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="92" />
        <source>Save the selected public text as a PDF to print</source>
        <translation>Hifadhi maandishi ya umma yaliyochaguliwa kama PDF ya kuchapisha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="94" />
        <source>Export for Word (.docx)…</source>
        <translation>Hamisha kwa Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="95" />
        <source>Save the selected public text as a Word document</source>
        <translation>Hifadhi maandishi ya umma yaliyochaguliwa kama hati ya Word</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="97" />
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="98" />
        <source>Print the selected public text</source>
        <translation>Chapisha kwenye karatasi maandishi ya umma yaliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="125" />
        <location filename="../../ui/publishing/public_texts.py" line="131" />
        <source>Public texts</source>
        <translation>Maandishi ya umma</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="127" />
        <source>Redacted versions an editor approved, as they may be published. Nothing here names a survivor.</source>
        <translation>Matoleo yaliyohaririwa ambayo mhariri ameidhinisha, kama yanavyoweza kuchapishwa. Hakuna hapa kinachomtaja manusura.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="145" />
        <source>(untitled)</source>
        <translation>(bila kichwa)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="153" />
        <source>%1 approved texts.</source>
        <translation>Maandishi %1 yaliyoidhinishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="154" />
        <source>No approved texts yet. An editor approves redacted versions at the redaction desk.</source>
        <translation>Bado hakuna maandishi yaliyoidhinishwa. Mhariri huidhinisha matoleo yaliyohaririwa kwenye dawati la uhariri.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="171" />
        <location filename="../../ui/publishing/public_texts.py" line="202" />
        <source>Preparing the file…</source>
        <translation>Inaandaa faili…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="184" />
        <source>Save the public text</source>
        <translation>Hifadhi maandishi ya umma</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="192" />
        <source>The file could not be written. Choose another folder.</source>
        <translation>Faili haikuweza kuandikwa. Chagua folda nyingine.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="224" />
        <source>The printer could not be used. Check it and try again.</source>
        <translation>Printa haikuweza kutumika. Iangalie kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="244" />
        <source>An editor has not cleared this text yet; your request is waiting.</source>
        <translation>Mhariri bado hajaidhinisha maandishi haya; ombi lako linasubiri.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="246" />
        <source>Exporting needs an editor's clearance, because the leak check needs the names your role may not read. Ask an editor to clear it?</source>
        <translation>Kuhamisha kunahitaji idhini ya mhariri, kwa sababu ukaguzi wa uvujaji unahitaji majina ambayo jukumu lako haliruhusiwi kusoma. Umwombe mhariri aidhinishe?</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/public_texts.py" line="254" />
        <source>Asked. You will be told on your home page when an editor answers; then export again.</source>
        <translation>Umeomba. Utaarifiwa kwenye ukurasa wako wa mwanzo mhariri akijibu; kisha hamisha tena.</translation>
    </message>
</context>
<context>
    <name>PublicationBuilder</name>
    <message>
        <location filename="../../ui/publishing/builder.py" line="99" />
        <source>Title of the publication</source>
        <translation>Kichwa cha chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="101" />
        <source>Channel</source>
        <translation>Njia ya kuchapisha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="107" />
        <source>Planned release date</source>
        <translation>Tarehe iliyopangwa ya kutoa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="109" />
        <source>Language of the publication</source>
        <translation>Lugha ya chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="113" />
        <source>Where it will appear</source>
        <translation>Litakapoonekana</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="114" />
        <source>e.g. the website's stories page</source>
        <translation>k.m. ukurasa wa hadithi wa tovuti</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="116" />
        <source>File name (no names of people)</source>
        <translation>Jina la faili (bila majina ya watu)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="118" />
        <source>Framing text</source>
        <translation>Maandishi ya utangulizi</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="119" />
        <source>Your introduction, in your own words…</source>
        <translation>Utangulizi wako, kwa maneno yako…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="122" />
        <source>Title:</source>
        <translation>Kichwa:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="123" />
        <source>Channel:</source>
        <translation>Njia ya kuchapisha:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="124" />
        <source>Release date:</source>
        <translation>Tarehe ya kutoa:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="125" />
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="126" />
        <source>Where:</source>
        <translation>Wapi:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="127" />
        <source>File name:</source>
        <translation>Jina la faili:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="128" />
        <source>Framing text:</source>
        <translation>Utangulizi:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="130" />
        <source>Items of the publication, in order</source>
        <translation>Vipengele vya chapisho, kwa mpangilio</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="132" />
        <source>Move up</source>
        <translation>Panda juu</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="134" />
        <source>Move down</source>
        <translation>Shuka chini</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="136" />
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="143" />
        <source>The quoted passage</source>
        <translation>Kifungu kilichonukuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="146" />
        <source>Caption</source>
        <translation>Maelezo mafupi</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="148" />
        <source>Alt text: what the picture shows</source>
        <translation>Maandishi mbadala: picha inaonyesha nini</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="149" />
        <source>The selected item</source>
        <translation>Kipengele kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="151" />
        <source>Quoted passage:</source>
        <translation>Kifungu kilichonukuliwa:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="152" />
        <source>Caption:</source>
        <translation>Maelezo mafupi:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="153" />
        <source>Alt text:</source>
        <translation>Maandishi mbadala:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="163" />
        <source>2. Put the publication together</source>
        <translation>2. Unda chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="165" />
        <source>Items, in the order they appear:</source>
        <translation>Vipengele, kwa mpangilio vinavyoonekana:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="174" />
        <source>What the gates say about each item</source>
        <translation>Vizuizi vinasema nini kuhusu kila kipengele</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="179" />
        <source>Web page (HTML)</source>
        <translation>Ukurasa wa wavuti (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="181" />
        <source>Files:</source>
        <translation>Faili:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="187" />
        <source>Check now</source>
        <translation>Kagua sasa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="189" />
        <source>Preview PDF and web page</source>
        <translation>Hakiki PDF na ukurasa wa wavuti</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="191" />
        <source>Build and release…</source>
        <translation>Unda na utoe…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="193" />
        <source>Build the publication files and enter them in the register</source>
        <translation>Unda faili za chapisho na uziingize kwenye rejista</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="195" />
        <source>Clear for release (editor)</source>
        <translation>Ruhusu kutolewa (mhariri)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="196" />
        <source>Record that the leak check of this rendered publication passed</source>
        <translation>Rekodi kwamba ukaguzi wa uvujaji wa chapisho hili umepita</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="199" />
        <source>Ask an editor to clear…</source>
        <translation>Omba mhariri aidhinishe…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="200" />
        <source>Ask an editor to run the leak check and clear this publication</source>
        <translation>Omba mhariri aendeshe ukaguzi wa uvujaji na aidhinishe chapisho hili</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="203" />
        <source>Record survivor review…</source>
        <translation>Rekodi ukaguzi wa manusura…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="204" />
        <source>Record survivor review of the selected item</source>
        <translation>Rekodi kwamba manusura amekagua kipengele kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="207" />
        <source>Save…</source>
        <translation>Hifadhi…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="208" />
        <source>Save this publication's plan as a file</source>
        <translation>Hifadhi mpango wa chapisho hili kama faili</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="210" />
        <source>Open…</source>
        <translation>Fungua…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="211" />
        <source>Open a publication's plan from a file</source>
        <translation>Fungua mpango wa chapisho kutoka kwenye faili</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="220" />
        <source>3. Check and release</source>
        <translation>3. Kagua na utoe</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="233" />
        <source>Back to the builder</source>
        <translation>Rudi kwenye kiunda chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="236" />
        <source>Preview (not saved anywhere)</source>
        <translation>Hakiki (haijahifadhiwa popote)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="273" />
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="273" />
        <source>Whole text</source>
        <translation>Maandishi yote</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="273" />
        <source>Quote</source>
        <translation>Nukuu</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="349" />
        <source>Add at least one approved text or image.</source>
        <translation>Ongeza angalau maandishi au picha moja iliyoidhinishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="354" />
        <source>Checking the publication…</source>
        <translation>Inakagua chapisho…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="367" />
        <source>Every gate passed. The publication may be built.</source>
        <translation>Vizuizi vyote vimepita. Chapisho linaweza kuundwa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="379" />
        <source>Consent refuses:</source>
        <translation>Ridhaa inakataa:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="382" />
        <source>Consent allows this use on the release date.</source>
        <translation>Ridhaa inaruhusu matumizi haya katika tarehe ya kutoa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="387" />
        <source>Obligations:</source>
        <translation>Masharti:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="395" />
        <source>Leak check of the rendered output: waits until every item passes.</source>
        <translation>Ukaguzi wa uvujaji wa matokeo: unasubiri hadi kila kipengele kipite.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="398" />
        <source>✗ Leak check of the rendered PDF, web page, metadata and file names:</source>
        <translation>✗ Ukaguzi wa uvujaji wa PDF, ukurasa wa wavuti, metadata na majina ya faili:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="402" />
        <source>✓ Leak check of the rendered PDF, web page, metadata and file names passed.</source>
        <translation>✓ Ukaguzi wa uvujaji wa PDF, ukurasa wa wavuti, metadata na majina ya faili umepita.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="409" />
        <source>Build is not possible yet:</source>
        <translation>Bado haiwezekani kuunda:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="413" />
        <source>Your role cannot run the leak check, because it needs the names the archive protects. Press "Ask an editor to clear": an editor sees it waiting, and you are told when it is cleared. Then build it as it is: nothing else may change.</source>
        <translation>Jukumu lako haliwezi kuendesha ukaguzi wa uvujaji, kwa sababu unahitaji majina ambayo hifadhi inalinda. Bonyeza "Omba mhariri aidhinishe": mhariri ataliona likisubiri, na utaarifiwa likiidhinishwa. Kisha litengeneze kama lilivyo: hakuna kingine kinachoweza kubadilika.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="440" />
        <source>Rendering the preview…</source>
        <translation>Inatayarisha hakiki…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="455" />
        <source>Folder for the publication files</source>
        <translation>Folda ya faili za chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="467" />
        <source>Building the publication…</source>
        <translation>Inaunda chapisho…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="472" />
        <source>The publication was built and entered in the register:</source>
        <translation>Chapisho limeundwa na kuingizwa kwenye rejista:</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="485" />
        <source>Cleared: communications staff may now release exactly this publication.</source>
        <translation>Limeruhusiwa: wafanyakazi wa mawasiliano sasa wanaweza kutoa chapisho hili hasa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="493" />
        <source>Ask an editor to clear this publication. A note for the editor (optional):</source>
        <translation>Omba mhariri aidhinishe chapisho hili. Ujumbe kwa mhariri (si lazima):</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="502" />
        <source>Asked. The editors see it waiting; you will be told here and on your home page when it is cleared or declined.</source>
        <translation>Umeomba. Wahariri wataliona likisubiri; utaarifiwa hapa na kwenye ukurasa wako wa mwanzo likiidhinishwa au kukataliwa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="510" />
        <source>Select a text or quote in the list of items first.</source>
        <translation>Kwanza chagua maandishi au nukuu katika orodha ya vipengele.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="512" />
        <source>Record that the survivor read this redacted text and agreed to its publication?</source>
        <translation>Rekodi kwamba manusura amesoma maandishi haya yaliyohaririwa na amekubali yachapishwe?</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="524" />
        <source>Save the publication's plan</source>
        <translation>Hifadhi mpango wa chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="532" />
        <source>The file could not be written. Choose another folder.</source>
        <translation>Faili haikuweza kuandikwa. Chagua folda nyingine.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="536" />
        <source>Open a publication's plan</source>
        <translation>Fungua mpango wa chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/builder.py" line="544" />
        <source>That file is not a publication's plan saved by this program.</source>
        <translation>Faili hiyo si mpango wa chapisho uliohifadhiwa na programu hii.</translation>
    </message>
</context>
<context>
    <name>PublicationPreview</name>
    <message>
        <location filename="../../ui/publishing/preview.py" line="68" />
        <source>Preview</source>
        <translation>Hakiki</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="73" />
        <source>The PDF, page by page</source>
        <translation>PDF, ukurasa kwa ukurasa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="75" />
        <source>The text of each PDF page</source>
        <translation>Maandishi ya kila ukurasa wa PDF</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="83" />
        <source>The web page</source>
        <translation>Ukurasa wa wavuti</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="85" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="86" />
        <source>Web page (HTML)</source>
        <translation>Ukurasa wa wavuti (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="106" />
        <source>The PDF pages could not be drawn, so each page's text is shown as a reader's PDF program would read it. %1 page(s).</source>
        <translation>Kurasa za PDF hazikuweza kuchorwa, kwa hiyo maandishi ya kila ukurasa yanaonyeshwa jinsi programu ya PDF ya msomaji ingeyasoma. Kurasa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="129" />
        <source>%1 page(s), drawn as they will print.</source>
        <translation>Kurasa %1, zimechorwa jinsi zitakavyochapishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="108" />
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/preview.py" line="123" />
        <source>Page %1</source>
        <translation>Ukurasa %1</translation>
    </message>
</context>
<context>
    <name>Publications</name>
    <message>
        <location filename="../../ui/publishing/labels.py" line="15" />
        <source>Website</source>
        <translation>Tovuti</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="16" />
        <source>Printed or PDF report</source>
        <translation>Ripoti ya kuchapishwa au PDF</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="17" />
        <source>Press and media</source>
        <translation>Vyombo vya habari</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="18" />
        <source>Social media</source>
        <translation>Mitandao ya kijamii</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="19" />
        <source>Donor report</source>
        <translation>Ripoti kwa wafadhili</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="20" />
        <source>Partner organisation</source>
        <translation>Shirika mshirika</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="36" />
        <source>Publication</source>
        <translation>Chapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="37" />
        <source>Partner export</source>
        <translation>Uhamishaji kwa mshirika</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="43" />
        <source>Taken down %1</source>
        <translation>Liliondolewa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="46" />
        <source>TAKE DOWN</source>
        <translation>ONDOA</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/labels.py" line="47" />
        <location filename="../../ui/publishing/register.py" line="43" />
        <source>Released</source>
        <translation>Imetolewa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="41" />
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="42" />
        <source>Channel</source>
        <translation>Njia ya kuchapisha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="45" />
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="46" />
        <source>Items</source>
        <translation>Vipengele</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="47" />
        <source>Files</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="48" />
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="52" />
        <source>Why it must come down</source>
        <translation>Kwa nini lazima kiondolewe</translation>
    </message>
</context>
<context>
    <name>PublicationsPage</name>
    <message>
        <location filename="../../ui/publishing/page.py" line="27" />
        <location filename="../../ui/publishing/page.py" line="41" />
        <location filename="../../ui/publishing/page.py" line="45" />
        <source>Publications</source>
        <translation>Machapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="28" />
        <source>Build</source>
        <translation>Unda</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="29" />
        <source>Register</source>
        <translation>Rejista</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="30" />
        <location filename="../../ui/publishing/page.py" line="71" />
        <source>Take down</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="31" />
        <source>Partner export</source>
        <translation>Uhamishaji kwa mshirika</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="32" />
        <location filename="../../ui/publishing/page.py" line="77" />
        <source>Clearances</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="71" />
        <source>Take down (%1)</source>
        <translation>Ondoa (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/page.py" line="76" />
        <source>Clearances (%1)</source>
        <translation>Idhini (%1)</translation>
    </message>
</context>
<context>
    <name>RedactionDeskPage</name>
    <message>
        <location filename="../../ui/redaction/desk.py" line="58" />
        <source>Testimony to redact</source>
        <translation>Ushuhuda wa kuficha taarifa zake</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="67" />
        <source>Show what changed</source>
        <translation>Onyesha kilichobadilika</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="71" />
        <source>What changed in the redacted text</source>
        <translation>Kilichobadilika katika maandishi yaliyofichwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="79" />
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="80" />
        <source>Photos and scans</source>
        <translation>Picha na nakala zilizochanganuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="85" />
        <source>Save redacted version</source>
        <translation>Hifadhi toleo lililofichwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="86" />
        <source>Save the redacted version as a draft</source>
        <translation>Hifadhi toleo lililofichwa kama rasimu</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="88" />
        <location filename="../../ui/redaction/desk.py" line="351" />
        <source>Approve</source>
        <translation>Idhinisha</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="94" />
        <location filename="../../ui/redaction/desk.py" line="103" />
        <source>Redaction desk</source>
        <translation>Meza ya kuficha taarifa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="107" />
        <source>Testimony:</source>
        <translation>Ushuhuda:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="137" />
        <source>Choose a testimony to redact.</source>
        <translation>Chagua ushuhuda wa kuficha taarifa zake.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="158" />
        <source>— choose a testimony —</source>
        <translation>— chagua ushuhuda —</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="161" />
        <source>(untitled)</source>
        <translation>(bila kichwa)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="180" />
        <source>You have unsaved redaction decisions for this testimony.</source>
        <translation>Una maamuzi ya kuficha taarifa ambayo hayajahifadhiwa kwa ushuhuda huu.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="189" />
        <source>Finding identifying details…</source>
        <translation>Inatafuta taarifa zinazotambulisha…</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="240" />
        <source>The defaults below redact as for full anonymity.</source>
        <translation>Chaguo-msingi zilizo hapa chini zinaficha taarifa kama kwa kutotambulika kabisa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="244" />
        <source>Consent requires the survivor to appear as: %1.</source>
        <translation>Ridhaa inataka manusura aonekane kwa: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="246" />
        <source>%1 × %2 → %3</source>
        <translation>%1 × %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="249" />
        <source>Defaults this level set: %1. Change any of them below.</source>
        <translation>Chaguo-msingi za kiwango hiki: %1. Badilisha lolote hapa chini.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="250" />
        <source>nothing was found</source>
        <translation>hakuna kilichopatikana</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="269" />
        <source>The original changed after the redacted version of %1 was made. Your earlier decisions were carried over (%2 re-applied); %3 suggestion(s) wait for you.</source>
        <translation>Asili ilibadilika baada ya toleo lililofichwa la %1 kutengenezwa. Maamuzi yako ya awali yamehamishwa (%2 yametumika tena); mapendekezo %3 yanakusubiri.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="274" />
        <source>%1 text(s) you marked by hand are no longer in the original.</source>
        <translation>Maandishi %1 uliyoyaweka alama kwa mkono hayapo tena kwenye asili.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="281" />
        <source>The stale redacted text compared with the new redacted preview (%1 change(s)); struck out: gone, green: new.</source>
        <translation>Maandishi yaliyofichwa yaliyopitwa na wakati yakilinganishwa na onyesho jipya (mabadiliko %1); yaliyokatwa mstari: yameondoka, kijani: mapya.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="316" />
        <source>Choose a testimony first.</source>
        <translation>Chagua ushuhuda kwanza.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="318" />
        <source>Only editors approve redacted versions.</source>
        <translation>Wahariri pekee ndio huidhinisha matoleo yaliyofichwa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="321" />
        <source>The leak check is running…</source>
        <translation>Ukaguzi wa uvujaji unaendelea…</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="323" />
        <source>Approval is blocked: the leak check found %1 identifying detail(s) in the preview. Choose each one in the leak list, then redact it.</source>
        <translation>Idhini imezuiwa: ukaguzi wa uvujaji umepata taarifa %1 zinazotambulisha mtu katika onyesho. Chagua kila moja kwenye orodha ya uvujaji, kisha uifiche.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="327" />
        <source>Approval is blocked: %1 suggestion(s) still wait for your decision (A or R).</source>
        <translation>Idhini imezuiwa: mapendekezo %1 bado yanasubiri uamuzi wako (A au R).</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="330" />
        <source>You gave the first approval; a different editor must give the second.</source>
        <translation>Ulitoa idhini ya kwanza; mhariri mwingine lazima atoe ya pili.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="332" />
        <source>This text is approved. Change a decision to make a new version.</source>
        <translation>Maandishi haya yameidhinishwa. Badilisha uamuzi ili kutengeneza toleo jipya.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="351" />
        <source>Give the second approval</source>
        <translation>Toa idhini ya pili</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="357" />
        <source>The leak check passes, but %1 suggestion(s) were decided by default and you have not looked at them. Step through them (N for the next), or approve and confirm the defaults.</source>
        <translation>Ukaguzi wa uvujaji umepita, lakini mapendekezo %1 yaliamuliwa kwa chaguo-msingi na bado hujayaangalia. Yapitie moja moja (N kwa linalofuata), au idhinisha na uthibitishe chaguo-msingi.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="363" />
        <source>The leak check passes and you have looked at every suggestion: ready to approve.</source>
        <translation>Ukaguzi wa uvujaji umepita na umeangalia kila pendekezo: tayari kuidhinishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="454" />
        <source>Give the second approval to exactly the text shown?</source>
        <translation>Utoe idhini ya pili kwa maandishi haya haya yanayoonyeshwa?</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="458" />
        <source>You have not looked at %1 of the %2 suggestions; they were decided by default (%3 to redact, %4 left in overall). Accept all defaults as they are?</source>
        <translation>Hujaangalia mapendekezo %1 kati ya %2; yaliamuliwa kwa chaguo-msingi (%3 ya kufichwa, %4 yameachwa kwa jumla). Ukubali chaguo-msingi zote kama zilivyo?</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="467" />
        <source>Approve this redacted version of “%1”?

• %2 detail(s) redacted
• %3 suggestion(s) left in
• %4

Once approved it may be quoted and published within the consent.</source>
        <translation>Uidhinishe toleo hili lililofichwa taarifa la “%1”?

• Taarifa %2 zimefichwa
• Mapendekezo %3 yameachwa
• %4

Likiidhinishwa linaweza kunukuliwa na kuchapishwa ndani ya ridhaa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="378" />
        <source>No redacted version yet.</source>
        <translation>Bado hakuna toleo lililofichwa.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="381" />
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="381" />
        <source>approved once, waiting for a second editor</source>
        <translation>imeidhinishwa mara moja, inasubiri mhariri wa pili</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="382" />
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="383" />
        <source>Latest redacted version: %1, %2.</source>
        <translation>Toleo la mwisho lililofichwa: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="386" />
        <source>Approved by %1.</source>
        <translation>Imeidhinishwa na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="389" />
        <source>Second approval by %1.</source>
        <translation>Idhini ya pili na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="391" />
        <source>It is stale.</source>
        <translation>Imepitwa na wakati.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="393" />
        <source>This archive requires two editors to approve each version.</source>
        <translation>Hifadhi hii inahitaji wahariri wawili kuidhinisha kila toleo.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/desk.py" line="405" />
        <source>Saving the redacted version…</source>
        <translation>Inahifadhi toleo lililohaririwa…</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <location filename="../../ui/redaction/labels.py" line="45" />
        <location filename="../../ui/redaction/labels.py" line="56" />
        <source>Person</source>
        <translation>Mtu</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="46" />
        <location filename="../../ui/redaction/labels.py" line="57" />
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="47" />
        <location filename="../../ui/redaction/labels.py" line="58" />
        <source>Organisation</source>
        <translation>Shirika</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="48" />
        <source>Number, phone or email</source>
        <translation>Namba, simu au barua pepe</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="49" />
        <source>Date or age</source>
        <translation>Tarehe au umri</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="50" />
        <location filename="../../ui/redaction/labels.py" line="69" />
        <source>Other detail</source>
        <translation>Taarifa nyingine</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="59" />
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="60" />
        <source>National ID</source>
        <translation>Kitambulisho cha taifa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="61" />
        <source>Passport</source>
        <translation>Pasipoti</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="62" />
        <source>KRA PIN</source>
        <translation>KRA PIN</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="63" />
        <source>M-Pesa code</source>
        <translation>Msimbo wa M-Pesa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="64" />
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="65" />
        <source>Account number</source>
        <translation>Namba ya akaunti</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="66" />
        <source>Number plate</source>
        <translation>Namba ya gari</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="67" />
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="68" />
        <source>Age</source>
        <translation>Umri</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="76" />
        <source>Mask (█████)</source>
        <translation>Funika (█████)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="77" />
        <source>Type label ([PERSON])</source>
        <translation>Lebo ya aina ([PERSON])</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="78" />
        <source>Pseudonym (Survivor A)</source>
        <translation>Jina bandia (Manusura A)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="79" />
        <source>Generalise (village → county)</source>
        <translation>Jumlisha (kijiji → kaunti)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="80" />
        <source>Keep as written</source>
        <translation>Acha kama ilivyoandikwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="87" />
        <source>mask</source>
        <translation>funika</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="88" />
        <source>type label</source>
        <translation>lebo ya aina</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="89" />
        <source>pseudonym</source>
        <translation>jina bandia</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="90" />
        <source>generalise</source>
        <translation>jumlisha</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="91" />
        <location filename="../../ui/redaction/review_model.py" line="88" />
        <source>keep</source>
        <translation>acha</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="98" />
        <source>waiting</source>
        <translation>inasubiri</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="99" />
        <source>redact</source>
        <translation>ficha</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="100" />
        <source>leave in</source>
        <translation>acha</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/labels.py" line="101" />
        <source>marked by hand</source>
        <translation>alama kwa mkono</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/publishing/register.py" line="86" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="86" />
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="86" />
        <source>Channel</source>
        <translation>Njia ya kuchapisha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="87" />
        <source>Released</source>
        <translation>Imetolewa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="87" />
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="91" />
        <source>Filter the register</source>
        <translation>Chuja rejista</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="92" />
        <source>Words in the title, channel or status…</source>
        <translation>Maneno katika kichwa, njia au hali…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="94" />
        <source>Kind of release</source>
        <translation>Aina ya utoaji</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="95" />
        <source>Publications and partner exports</source>
        <translation>Machapisho na uhamishaji kwa washirika</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="98" />
        <source>Only what must be taken down</source>
        <translation>Kinachopaswa kuondolewa pekee</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="103" />
        <source>The publication register</source>
        <translation>Rejista ya machapisho</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="112" />
        <source>The release opened</source>
        <translation>Utoaji uliofunguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="123" />
        <source>Everything that left the archive, newest first: publications and partner exports.</source>
        <translation>Kila kilichotoka kwenye hifadhi, kipya kwanza: machapisho na uhamishaji kwa washirika.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../ui/redaction/review.py" line="94" />
        <source>Original text</source>
        <translation>Maandishi asilia</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="95" />
        <location filename="../../ui/redaction/review.py" line="100" />
        <source>Redacted preview</source>
        <translation>Onyesho lililofichwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="99" />
        <source>Original</source>
        <translation>Asili</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="105" />
        <source>Suggestions to review</source>
        <translation>Mapendekezo ya kukagua</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="121" />
        <source>Leaks found in the preview</source>
        <translation>Uvujaji uliopatikana katika onyesho</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="130" />
        <source>Alias table</source>
        <translation>Jedwali la majina bandia</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="136" />
        <source>Leak check (runs as you work):</source>
        <translation>Ukaguzi wa uvujaji (hufanyika unapofanya kazi):</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="139" />
        <source>Alias table:</source>
        <translation>Jedwali la majina bandia:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="177" />
        <source>Kind of the text you mark by hand</source>
        <translation>Aina ya maandishi unayoweka alama kwa mkono</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="181" />
        <source>Redact selection (S)</source>
        <translation>Ficha uliyochagua (S)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="185" />
        <source>Select text the list missed, then press S. It is a:</source>
        <translation>Chagua maandishi ambayo orodha imekosa, kisha bonyeza S. Ni:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="210" />
        <source>current</source>
        <translation>la sasa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="212" />
        <source>Colours:</source>
        <translation>Rangi:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="214" />
        <source>· wavy red underline: waiting for you · grey, dotted: left in</source>
        <translation>· mstari mwekundu wa mawimbi: linakusubiri · kijivu, vitone: limeachwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="217" />
        <source>Colour legend</source>
        <translation>Maana ya rangi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="228" />
        <source>Previous (P)</source>
        <translation>Lililotangulia (P)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="229" />
        <source>Next (N)</source>
        <translation>Linalofuata (N)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="230" />
        <source>Redact (A)</source>
        <translation>Ficha (A)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="231" />
        <source>Leave in (R)</source>
        <translation>Acha (R)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="232" />
        <source>Every occurrence (E)</source>
        <translation>Kila kinapotokea (E)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="241" />
        <source>How to redact the current suggestion</source>
        <translation>Jinsi ya kuficha pendekezo la sasa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="245" />
        <source>For all of this kind (Ctrl+number)</source>
        <translation>Kwa zote za aina hii (Ctrl+namba)</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="250" />
        <source>How:</source>
        <translation>Jinsi:</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="254" />
        <source>Keys: N next · P previous · A redact · R leave in · E redact every occurrence · 1 mask · 2 type label · 3 pseudonym · 4 generalise · 5 keep · Ctrl+1…5 the same for every suggestion of this kind · S redact the text selected in the original</source>
        <translation>Vitufe: N linalofuata · P lililotangulia · A ficha · R acha · E ficha kila linapotokea · 1 funika · 2 lebo ya aina · 3 jina bandia · 4 jumlisha · 5 acha kama lilivyo · Ctrl+1…5 vivyo hivyo kwa kila pendekezo la aina hii · S ficha maandishi uliyochagua kwenye asili</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="259" />
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="515" />
        <source>Select some text in the original first, then press S.</source>
        <translation>Chagua maandishi kwenye asili kwanza, kisha bonyeza S.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="554" />
        <source>%1 suggestions: %2 to redact, %3 left in, %4 waiting for you.</source>
        <translation>Mapendekezo %1: %2 ya kufichwa, %3 yameachwa, %4 yanakusubiri.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="558" />
        <source>%1 decided by default that you have not looked at yet.</source>
        <translation>%1 yameamuliwa kwa chaguo-msingi na bado hujayaangalia.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="599" />
        <source>The leak check could not run; change a decision to try again.</source>
        <translation>Ukaguzi wa uvujaji haukuweza kufanyika; badilisha uamuzi ili kujaribu tena.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="606" />
        <source>Passed: no known or unreviewed identifying detail is left.</source>
        <translation>Imefaulu: hakuna taarifa inayojulikana au isiyokaguliwa inayotambulisha iliyobaki.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="609" />
        <source>Failed: %1 identifying detail(s) left. Choose one to jump to it.</source>
        <translation>Imeshindwa: taarifa %1 zinazotambulisha zimebaki. Chagua moja kwenda kwake.</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="671" />
        <source>saved</source>
        <translation>limehifadhiwa</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review.py" line="679" />
        <source>new: saved with the version</source>
        <translation>mpya: litahifadhiwa pamoja na toleo</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../ui/screening/panel.py" line="281" />
        <source>Screening for indicators of trafficking</source>
        <translation>Uchunguzi wa dalili za usafirishaji haramu</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="285" />
        <source>Screening</source>
        <translation>Uchunguzi</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <location filename="../../ui/screening/panel.py" line="91" />
        <source>Screen this testimony</source>
        <translation>Chunguza ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="94" />
        <source>Screen the pasted text</source>
        <translation>Chunguza maandishi yaliyobandikwa</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="97" />
        <source>Text to screen</source>
        <translation>Maandishi ya kuchunguza</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="99" />
        <source>Paste case notes here, in English, Swahili or both, including notes about other crimes (theft, assault) that may hide trafficking.</source>
        <translation>Bandika maelezo ya kesi hapa, kwa Kiingereza, Kiswahili au vyote viwili, pamoja na maelezo ya makosa mengine (wizi, shambulio) ambayo huenda yanaficha usafirishaji haramu.</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="106" />
        <source>Verdict</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="111" />
        <source>Tick the suggested tags</source>
        <translation>Weka alama kwenye lebo zinazopendekezwa</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="113" />
        <source>Ticks them on the Tags tab; untick any you do not agree with, then save.</source>
        <translation>Huziwekea alama kwenye kichupo cha Lebo; ondoa alama kwenye zile usizokubaliana nazo, kisha hifadhi.</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="120" />
        <source>Indicators found</source>
        <translation>Dalili zilizopatikana</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="132" />
        <source>Screened text with the evidence highlighted</source>
        <translation>Maandishi yaliyochunguzwa, ushahidi ukiwa umeangaziwa</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="167" />
        <source>Screening for indicators of trafficking</source>
        <translation>Uchunguzi wa dalili za usafirishaji haramu</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="175" />
        <source>Strong indications of trafficking: refer the case for screening.</source>
        <translation>Dalili kubwa za usafirishaji haramu: peleka kesi kwa uchunguzi.</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="176" />
        <source>Some indicators of trafficking, but not every element: ask more.</source>
        <translation>Baadhi ya dalili za usafirishaji haramu, lakini si vipengele vyote: uliza zaidi.</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="177" />
        <source>No indicators of trafficking found.</source>
        <translation>Hakuna dalili za usafirishaji haramu zilizopatikana.</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="184" />
        <source>Act</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="184" />
        <source>Means</source>
        <translation>Njia</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="184" />
        <source>Purpose</source>
        <translation>Lengo</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="191" />
        <source>A child: the act and the purpose are enough.</source>
        <translation>Mtoto: kitendo na lengo vinatosha.</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="202" />
        <source>Suggested tags: %1</source>
        <translation>Lebo zinazopendekezwa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screening/panel.py" line="203" />
        <source>none</source>
        <translation>hakuna</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search/page.py" line="60" />
        <location filename="../../ui/search/page.py" line="68" />
        <location filename="../../ui/search/page.py" line="125" />
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="64" />
        <source>Search words</source>
        <translation>Maneno ya kutafuta</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="65" />
        <source>Words to find… (hover for the syntax)</source>
        <translation>Maneno ya kutafuta… (elekeza kipanya kuona jinsi ya kuandika)</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="72" />
        <source>Order of results</source>
        <translation>Mpangilio wa matokeo</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="73" />
        <source>Best match first</source>
        <translation>Yanayolingana zaidi kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="74" />
        <source>Newest first</source>
        <translation>Mapya kwanza</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="76" />
        <source>Rebuild the index</source>
        <translation>Jenga faharasa upya</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="77" />
        <source>Rebuild the search index</source>
        <translation>Jenga upya faharasa ya utafutaji</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="215" />
        <source>Searching the original testimonies and people's names.</source>
        <translation>Inatafuta shuhuda asili na majina ya watu.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="216" />
        <source>Searching the approved public texts only.</source>
        <translation>Inatafuta maandishi ya umma yaliyoidhinishwa pekee.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="91" />
        <source>Search results</source>
        <translation>Matokeo ya utafutaji</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="95" />
        <source>Previous page</source>
        <translation>Ukurasa uliotangulia</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="97" />
        <source>Next page</source>
        <translation>Ukurasa unaofuata</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="105" />
        <source>The result opened</source>
        <translation>Tokeo lililofunguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="137" />
        <source>Saved searches</source>
        <translation>Utafutaji uliohifadhiwa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="139" />
        <source>Run</source>
        <translation>Endesha</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="140" />
        <source>Run the chosen saved search</source>
        <translation>Endesha utafutaji uliohifadhiwa uliochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="142" />
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="143" />
        <source>Delete the chosen saved search</source>
        <translation>Futa utafutaji uliohifadhiwa uliochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="146" />
        <source>Name for this search</source>
        <translation>Jina la utafutaji huu</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="147" />
        <source>Name for this search…</source>
        <translation>Jina la utafutaji huu…</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="150" />
        <source>Save this search</source>
        <translation>Hifadhi utafutaji huu</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="153" />
        <source>Saved:</source>
        <translation>Uliohifadhiwa:</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="220" />
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
        <location filename="../../ui/search/page.py" line="272" />
        <source>Nothing found. Try fewer or other words, or untick a facet.</source>
        <translation>Hakuna kilichopatikana. Jaribu maneno machache au mengine, au ondoa alama kwenye kichujio.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="275" />
        <source>%1 found, page %2 of %3</source>
        <translation>%1 yamepatikana, ukurasa %2 kati ya %3</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="278" />
        <source>Did you mean: %1</source>
        <translation>Ulimaanisha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="313" />
        <source>Form of exploitation</source>
        <translation>Aina ya unyonyaji</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="314" />
        <source>ILO indicator</source>
        <translation>Kiashiria cha ILO</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="315" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="316" />
        <source>Year told</source>
        <translation>Mwaka wa kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="317" />
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="318" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="382" />
        <location filename="../../ui/search/page.py" line="384" />
        <source>Opening the search index…</source>
        <translation>Inafungua faharasa ya utafutaji…</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="405" />
        <source>Rebuilding the search index…</source>
        <translation>Inajenga upya faharasa ya utafutaji…</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="407" />
        <source>The search index was rebuilt.</source>
        <translation>Faharasa ya utafutaji imejengwa upya.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page.py" line="408" />
        <source>Rebuilding was cancelled; the old index is still used.</source>
        <translation>Ujenzi upya umeghairiwa; faharasa ya zamani bado inatumika.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="58" />
        <source>Archive folder</source>
        <translation>Folda ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59" />
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60" />
        <location filename="../../ui/first_run.py" line="104" />
        <source>Choose the archive folder</source>
        <translation>Chagua folda ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65" />
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86" />
        <source>Back to unlocking</source>
        <translation>Rudi kufungua</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79" />
        <source>Welcome to HAART Archive</source>
        <translation>Karibu kwenye Hifadhi ya HAART</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="68" />
        <source>Open an existing archive…</source>
        <translation>Fungua hifadhi iliyopo…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69" />
        <source>Open an archive folder made before</source>
        <translation>Fungua folda ya hifadhi iliyoundwa awali</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72" />
        <source>Interface language</source>
        <translation>Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93" />
        <source>This creates a new, encrypted archive. Choose an empty folder for it, on this laptop or on an encrypted drive. Everything inside the folder is encrypted.</source>
        <translation>Hii inaunda hifadhi mpya iliyosimbwa. Chagua folda tupu kwa ajili yake, kwenye kompyuta hii au kwenye diski iliyosimbwa. Kila kitu ndani ya folda kinasimbwa.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="111" />
        <source>Choose an empty folder for the archive</source>
        <translation>Chagua folda tupu kwa ajili ya hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="119" />
        <source>Custodian's user name</source>
        <translation>Jina la mtumiaji la mtunzaji</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121" />
        <source>Create the archive</source>
        <translation>Unda hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="125" />
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="129" />
        <source>Your user name:</source>
        <translation>Jina lako la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="135" />
        <source>The custodian</source>
        <translation>Mtunzaji</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137" />
        <source>You will be the archive's custodian: you add the other staff and keep the recovery key. Choose a passphrase you can remember; nobody can reset it for you without the recovery key.</source>
        <translation>Utakuwa mtunzaji wa hifadhi: unawaongeza wafanyakazi wengine na kutunza ufunguo wa kurejesha. Chagua kaulisiri unayoweza kukumbuka; hakuna anayeweza kukuwekea mpya bila ufunguo wa kurejesha.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154" />
        <source>Creating the archive (this takes a few seconds)…</source>
        <translation>Inaunda hifadhi (inachukua sekunde chache)…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="173" />
        <source>Recovery key</source>
        <translation>Ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="179" />
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="181" />
        <source>Save as PDF…</source>
        <translation>Hifadhi kama PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="183" />
        <source>I have printed or saved the recovery key and put it somewhere safe</source>
        <translation>Nimechapisha au kuhifadhi ufunguo wa kurejesha na kuuweka mahali salama</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="184" />
        <source>Open the archive</source>
        <translation>Fungua hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="197" />
        <source>Your recovery key</source>
        <translation>Ufunguo wako wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="199" />
        <source>If every passphrase is forgotten, this key is the only way back into the archive. It is shown now and never again. Print it or save it as a PDF on a USB stick, and keep it locked away from the laptop.</source>
        <translation>Kaulisiri zote zikisahaulika, ufunguo huu ndiyo njia pekee ya kuingia tena kwenye hifadhi. Unaonyeshwa sasa tu na hautaonyeshwa tena. Uchapishe au uuhifadhi kama PDF kwenye diski ya USB, na uufungie mbali na kompyuta.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="225" />
        <source>Save the recovery key as PDF</source>
        <translation>Hifadhi ufunguo wa kurejesha kama PDF</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="229" />
        <source>Saved. Move the file to a safe place and delete other copies.</source>
        <translation>Imehifadhiwa. Hamishia faili mahali salama na ufute nakala nyingine.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="267" />
        <source>HAART Archive: recovery key</source>
        <translation>Hifadhi ya HAART: ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="269" />
        <source>Printed on %1.</source>
        <translation>Imechapishwa tarehe %1.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="270" />
        <source>This key opens the whole archive when every passphrase is forgotten. Keep this sheet locked away, apart from the laptop. Anyone holding it can read every testimony.</source>
        <translation>Ufunguo huu unafungua hifadhi yote kaulisiri zote zikisahaulika. Ifungie karatasi hii mbali na kompyuta. Yeyote aliye nayo anaweza kusoma kila ushuhuda.</translation>
    </message>
</context>
<context>
    <name>SourceLibrary</name>
    <message>
        <location filename="../../ui/publishing/library.py" line="45" />
        <source>Approved material</source>
        <translation>Maudhui yaliyoidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="45" />
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="49" />
        <source>Filter the approved material</source>
        <translation>Chuja maudhui yaliyoidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="50" />
        <source>Search titles and texts…</source>
        <translation>Tafuta vichwa na maandishi…</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="53" />
        <source>Show which kind of material</source>
        <translation>Onyesha aina gani ya maudhui</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="54" />
        <source>Texts and images</source>
        <translation>Maandishi na picha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="55" />
        <source>Texts only</source>
        <translation>Maandishi pekee</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="56" />
        <source>Images only</source>
        <translation>Picha pekee</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="64" />
        <source>Approved texts and images</source>
        <translation>Maandishi na picha zilizoidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="76" />
        <source>The selected text; select a passage to quote it</source>
        <translation>Maandishi yaliyochaguliwa; chagua kifungu ili ukinukuu</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="77" />
        <location filename="../../ui/publishing/library.py" line="152" />
        <source>Add whole text</source>
        <translation>Ongeza maandishi yote</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="79" />
        <source>Quote the selected passage</source>
        <translation>Nukuu kifungu kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="86" />
        <source>1. Choose material</source>
        <translation>1. Chagua maudhui</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="105" />
        <source>(untitled)</source>
        <translation>(bila kichwa)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="110" />
        <source>Text, %1</source>
        <translation>Maandishi, %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="112" />
        <source>Image %1 (%2)</source>
        <translation>Picha %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="113" />
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="121" />
        <source>no approved text</source>
        <translation>hakuna maandishi yaliyoidhinishwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="150" />
        <source>An approved redacted image. Add it, then write its alt text and caption.</source>
        <translation>Picha iliyohaririwa na kuidhinishwa. Iongeze, kisha uandike maandishi mbadala na maelezo mafupi.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="152" />
        <source>Add image</source>
        <translation>Ongeza picha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/library.py" line="175" />
        <source>Select the passage to quote in the text first.</source>
        <translation>Kwanza chagua kifungu cha kunukuu katika maandishi.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/statistics/page.py" line="105" />
        <location filename="../../ui/statistics/page.py" line="162" />
        <source>Statistics</source>
        <translation>Takwimu</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="110" />
        <source>Count by</source>
        <translation>Hesabu kwa</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="112" />
        <source>Crossed with</source>
        <translation>Pamoja na</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="113" />
        <source>(nothing)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="120" />
        <source>Smallest count shown (k)</source>
        <translation>Idadi ndogo kabisa inayoonyeshwa (k)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="121" />
        <source>Counts below k are hidden, and so is any count from which one could be worked out. Partners and CTDC use 11.</source>
        <translation>Idadi zilizo chini ya k hufichwa, pamoja na idadi yoyote ambayo ingeweza kuzifichua. Washirika na CTDC hutumia 11.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="123" />
        <source>Count</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="126" />
        <source>Export PNG…</source>
        <translation>Hamisha PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="126" />
        <source>Export SVG…</source>
        <translation>Hamisha SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="127" />
        <source>Export CSV…</source>
        <translation>Hamisha CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="133" />
        <source>Count by:</source>
        <translation>Hesabu kwa:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="133" />
        <source>crossed with:</source>
        <translation>pamoja na:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="134" />
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="141" />
        <source>Chart</source>
        <translation>Chati</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="148" />
        <source>Counts</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="164" />
        <source>Counts of testimonies whose consent allows research and statistics, from the de-identified part of the archive. Small counts are hidden so that no survivor can be singled out.</source>
        <translation>Idadi ya shuhuda ambazo ridhaa yake inaruhusu utafiti na takwimu, kutoka sehemu ya hifadhi isiyo na utambulisho. Idadi ndogo hufichwa ili manusura yeyote asiweze kutambuliwa.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="182" />
        <source>Counting testimonies</source>
        <translation>Kuhesabu shuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="199" />
        <source>PNG image (*.png)</source>
        <translation>Picha ya PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="199" />
        <source>SVG drawing (*.svg)</source>
        <translation>Mchoro wa SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="200" />
        <source>CSV table (*.csv)</source>
        <translation>Jedwali la CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="202" />
        <source>Export the statistics</source>
        <translation>Hamisha takwimu</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="210" />
        <source>Exporting the statistics</source>
        <translation>Inahamisha takwimu</translation>
    </message>
    <message>
        <location filename="../../ui/statistics/page.py" line="213" />
        <source>Saved %1.</source>
        <translation>Imehifadhiwa %1.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="47" />
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="47" />
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="47" />
        <source>Decision</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="47" />
        <source>How</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="47" />
        <source>Why it was found</source>
        <translation>Kwa nini lilipatikana</translation>
    </message>
    <message>
        <location filename="../../ui/redaction/review_model.py" line="89" />
        <source>(every occurrence)</source>
        <translation>(kila yanapotokea)</translation>
    </message>
</context>
<context>
    <name>TakedownView</name>
    <message>
        <location filename="../../ui/publishing/register.py" line="176" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="176" />
        <source>Channel</source>
        <translation>Njia ya kuchapisha</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="176" />
        <source>Released</source>
        <translation>Imetolewa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="177" />
        <source>Asked on</source>
        <translation>Iliombwa tarehe</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="180" />
        <source>Releases to take down</source>
        <translation>Vilivyotolewa vya kuondoa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="188" />
        <source>Why it must come down</source>
        <translation>Kwa nini lazima kiondolewe</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="190" />
        <source>How it was taken down</source>
        <translation>Kilivyoondolewa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="191" />
        <source>How it was taken down, e.g. page removed from the website</source>
        <translation>Kilivyoondolewa, k.m. ukurasa umeondolewa kwenye tovuti</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="192" />
        <source>Record that it is taken down</source>
        <translation>Rekodi kwamba kimeondolewa</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="199" />
        <source>Take these down</source>
        <translation>Ondoa hivi</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="201" />
        <source>A survivor withdrew consent for something these releases used. Take each one down (or ask the partner to delete the export), then record it here.</source>
        <translation>Manusura ameondoa ridhaa kwa kitu ambacho vilivyotolewa hivi vilitumia. Ondoa kila kimoja (au mwombe mshirika afute uhamishaji), kisha ukirekodi hapa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="224" />
        <source>Nothing waits to be taken down.</source>
        <translation>Hakuna kinachosubiri kuondolewa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="225" />
        <source>%1 release(s) wait to be taken down.</source>
        <translation>Vilivyotolewa %1 vinasubiri kuondolewa.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/register.py" line="245" />
        <source>Record that "%1" is taken down? Do this only once it is really gone.</source>
        <translation>Rekodi kwamba "%1" kimeondolewa? Fanya hivi tu kikiwa kimeondoka kweli.</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../ui/tasks.py" line="232" />
        <source>Progress of the running task</source>
        <translation>Maendeleo ya kazi inayoendelea</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="234" />
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="235" />
        <source>Cancel the running task</source>
        <translation>Ghairi kazi inayoendelea</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="259" />
        <source>Cancelling…</source>
        <translation>Inaghairi…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="118" />
        <source>Another task is still running; wait for it to finish or cancel it.</source>
        <translation>Kazi nyingine bado inaendelea; subiri imalizike au uighairi.</translation>
    </message>
</context>
<context>
    <name>Testimonies</name>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>new</source>
        <translation>mpya</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>being redacted</source>
        <translation>inafichwa taarifa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>redaction out of date</source>
        <translation>ufichaji umepitwa na wakati</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>approved for use</source>
        <translation>imeidhinishwa kutumika</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>published</source>
        <translation>imechapishwa</translation>
    </message>
</context>
<context>
    <name>TestimoniesPage</name>
    <message>
        <location filename="../../ui/testimonies/page.py" line="259" />
        <location filename="../../ui/testimonies/page.py" line="286" />
        <location filename="../../ui/testimonies/page.py" line="297" />
        <source>Testimonies</source>
        <translation>Shuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="289" />
        <source>New testimony</source>
        <translation>Ushuhuda mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="290" />
        <source>Add a new testimony</source>
        <translation>Ongeza ushuhuda mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="293" />
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="306" />
        <source>No testimonies yet. Press “New testimony” to type one in as the survivor tells it, or go to Import to bring in a spreadsheet or a folder of files. Each one is encrypted as it is saved.</source>
        <translation>Bado hakuna shuhuda. Bonyeza “Ushuhuda mpya” kuandika mmoja kama manusura anavyousimulia, au nenda Leta kuingiza lahajedwali au folda ya faili. Kila mmoja husimbwa kwa njia fiche unapohifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="316" />
        <source>Filter by title…</source>
        <translation>Chuja kwa kichwa…</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="317" />
        <source>Filter by title</source>
        <translation>Chuja kwa kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="321" />
        <source>Any language</source>
        <translation>Lugha yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="322" />
        <source>Any county</source>
        <translation>Kaunti yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="324" />
        <source>Any tag</source>
        <translation>Lebo yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="326" />
        <source>Any consent</source>
        <translation>Ridhaa yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="327" />
        <source>Any state</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="349" />
        <source>%1 of %2 shown</source>
        <translation>%1 kati ya %2 vinaonyeshwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="437" />
        <source>This testimony has unsaved changes.</source>
        <translation>Ushuhuda huu una mabadiliko ambayo hayajahifadhiwa.</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="68" />
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="69" />
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="70" />
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="71" />
        <location filename="../../ui/testimonies/editor.py" line="231" />
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="72" />
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="76" />
        <source>Screening</source>
        <translation>Uchunguzi</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="77" />
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="80" />
        <source>Save the testimony</source>
        <translation>Hifadhi ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="82" />
        <source>Back to the list</source>
        <translation>Rudi kwenye orodha</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="84" />
        <location filename="../../ui/testimonies/editor.py" line="270" />
        <source>New testimony</source>
        <translation>Ushuhuda mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="99" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="100" />
        <source>Language of the text</source>
        <translation>Lugha ya maandishi</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="101" />
        <location filename="../../ui/testimonies/editor.py" line="106" />
        <location filename="../../ui/testimonies/editor.py" line="168" />
        <source>(not known)</source>
        <translation>(haijulikani)</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="101" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="107" />
        <source>Date told</source>
        <translation>Tarehe ya kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="109" />
        <source>Place told</source>
        <translation>Mahali pa kusimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="111" />
        <source>Taken by</source>
        <translation>Imechukuliwa na</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="113" />
        <source>Intake notes</source>
        <translation>Maelezo ya mapokezi</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="117" />
        <source>Testimony text</source>
        <translation>Maandishi ya ushuhuda</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="123" />
        <source>Title:</source>
        <translation>Kichwa:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="125" />
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="127" />
        <source>County:</source>
        <translation>Kaunti:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="129" />
        <source>Told on:</source>
        <translation>Ilisimuliwa tarehe:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="131" />
        <source>Place told:</source>
        <translation>Mahali pa kusimuliwa:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="133" />
        <source>Taken by:</source>
        <translation>Imechukuliwa na:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="135" />
        <source>Notes:</source>
        <translation>Maelezo:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="142" />
        <source>Text:</source>
        <translation>Maandishi:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="153" />
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="153" />
        <source>Role in this testimony</source>
        <translation>Nafasi katika ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="153" />
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="153" />
        <source>Born</source>
        <translation>Alizaliwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="159" />
        <source>People in this testimony</source>
        <translation>Watu katika ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="160" />
        <source>Remove the selected person from this testimony</source>
        <translation>Ondoa mtu aliyechaguliwa kwenye ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="163" />
        <source>New person's name</source>
        <translation>Jina la mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="164" />
        <source>New person's role</source>
        <translation>Nafasi ya mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="165" />
        <source>New person's gender</source>
        <translation>Jinsia ya mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="171" />
        <source>New person's year of birth</source>
        <translation>Mwaka wa kuzaliwa wa mtu mpya</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="172" />
        <source>Add the person</source>
        <translation>Ongeza mtu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="175" />
        <source>Add a person</source>
        <translation>Ongeza mtu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="177" />
        <source>Name:</source>
        <translation>Jina:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="178" />
        <source>Role:</source>
        <translation>Nafasi:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="179" />
        <source>Gender:</source>
        <translation>Jinsia:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="180" />
        <source>Year of birth:</source>
        <translation>Mwaka wa kuzaliwa:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="184" />
        <source>Names are kept in the identity part of the archive: only editors and the custodian can read them, and every reading is recorded.</source>
        <translation>Majina yanatunzwa katika sehemu ya utambulisho ya hifadhi: ni wahariri na mtunzaji pekee wanaoweza kuyasoma, na kila usomaji unarekodiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="195" />
        <source>Forms of exploitation</source>
        <translation>Aina za unyonyaji</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="196" />
        <source>ILO indicators of forced labour</source>
        <translation>Viashiria vya ILO vya kazi ya kulazimishwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="197" />
        <source>Sectors</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="198" />
        <source>Push factors</source>
        <translation>Sababu za kusukuma</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="217" />
        <source>Routes</source>
        <translation>Njia</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="218" />
        <source>e.g. Mombasa - Riyadh; several routes separated by ;</source>
        <translation>k.m. Mombasa - Riyadh; njia kadhaa zitenganishwe kwa ;</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="222" />
        <source>Routes:</source>
        <translation>Njia:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="234" />
        <source>What the file reveals</source>
        <translation>Kile faili inachofichua</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="236" />
        <source>Add a file…</source>
        <translation>Ongeza faili…</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="252" />
        <source>When (UTC)</source>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="252" />
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="252" />
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="256" />
        <source>History of this testimony</source>
        <translation>Historia ya ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="265" />
        <source>%1 words, in %2</source>
        <translation>maneno %1, kwa %2</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="282" />
        <source>Testimony, revision %1</source>
        <translation>Ushuhuda, toleo la %1</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="346" />
        <source>Saving the testimony…</source>
        <translation>Inahifadhi ushuhuda…</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="352" />
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="364" />
        <source>This testimony has unsaved changes.</source>
        <translation>Ushuhuda huu una mabadiliko ambayo hayajahifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="424" />
        <source>Attachments can be added once the media service is installed.</source>
        <translation>Viambatisho vitaweza kuongezwa huduma ya faili ikishawekwa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="427" />
        <source>Save the testimony first, then add its files.</source>
        <translation>Hifadhi ushuhuda kwanza, kisha uongeze faili zake.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="429" />
        <source>Photos, scans, recordings and documents of this testimony, stored encrypted.</source>
        <translation>Picha, nakala, rekodi na nyaraka za ushuhuda huu, zimehifadhiwa zikiwa zimesimbwa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="439" />
        <source>No files yet. Add the photos, scans, recordings or documents that belong to this testimony with “Add a file…”; they are stored encrypted, and photos then appear at the redaction desk.</source>
        <translation>Bado hakuna faili. Ongeza picha, nakala zilizochanganuliwa, rekodi au hati za ushuhuda huu kwa “Ongeza faili…”; huhifadhiwa kwa njia fiche, na picha kisha huonekana kwenye meza ya kuficha taarifa.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="443" />
        <source>Add a file to this testimony</source>
        <translation>Ongeza faili kwenye ushuhuda huu</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="470" />
        <source>A new testimony has no history yet.</source>
        <translation>Ushuhuda mpya bado hauna historia.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="474" />
        <source>Revision %1. The full history is shown to the custodian.</source>
        <translation>Toleo la %1. Historia kamili inaonyeshwa kwa mtunzaji.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="478" />
        <source>Revision %1. Everything recorded about this testimony:</source>
        <translation>Toleo la %1. Kila kilichorekodiwa kuhusu ushuhuda huu:</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="484" />
        <source>Revision %1. Nothing is recorded about this testimony yet.</source>
        <translation>Toleo %1. Bado hakuna kilichorekodiwa kuhusu ushuhuda huu.</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="525" />
        <source>not known</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="526" />
        <source>female</source>
        <translation>mwanamke</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="527" />
        <source>male</source>
        <translation>mwanamume</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/editor.py" line="528" />
        <source>other</source>
        <translation>nyingine</translation>
    </message>
</context>
<context>
    <name>TestimonyTableModel</name>
    <message>
        <location filename="../../ui/testimonies/page.py" line="67" />
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="67" />
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="67" />
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="67" />
        <source>Told on</source>
        <translation>Ilisimuliwa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="68" />
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="68" />
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="68" />
        <source>Revision</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="68" />
        <source>Last changed</source>
        <translation>Ilibadilishwa mwisho</translation>
    </message>
    <message>
        <location filename="../../ui/testimonies/page.py" line="69" />
        <source>State</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/staff/page.py" line="43" />
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="43" />
        <source>Role</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="43" />
        <source>Since</source>
        <translation>Tangu</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="49" />
        <source>Staff who can unlock the archive</source>
        <translation>Wafanyakazi wanaoweza kufungua hifadhi</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="50" />
        <source>Set a new passphrase for the selected user…</source>
        <translation>Weka kaulisiri mpya kwa mtumiaji aliyechaguliwa…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="52" />
        <source>Remove the selected user</source>
        <translation>Ondoa mtumiaji aliyechaguliwa</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="59" />
        <location filename="../../ui/staff/page.py" line="72" />
        <source>Users and settings</source>
        <translation>Watumiaji na mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="76" />
        <source>Add a user</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="78" />
        <source>New user's name</source>
        <translation>Jina la mtumiaji mpya</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="80" />
        <source>New user's role</source>
        <translation>Nafasi ya mtumiaji mpya</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="84" />
        <source>Add the user</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="91" />
        <source>Name:</source>
        <translation>Jina:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="92" />
        <source>Role:</source>
        <translation>Nafasi:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="98" />
        <source>New passphrase</source>
        <translation>Kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="100" />
        <source>Set the new passphrase</source>
        <translation>Weka kaulisiri mpya</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="111" />
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="115" />
        <source>%1 minutes</source>
        <translation>dakika %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="118" />
        <source>Lock after this much idle time</source>
        <translation>Funga baada ya muda huu bila matumizi</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="121" />
        <source>Interface language</source>
        <translation>Lugha ya programu</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="128" />
        <source>Lock when idle for:</source>
        <translation>Funga ikikaa bila matumizi kwa:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="129" />
        <source>Interface language:</source>
        <translation>Lugha ya programu:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="170" />
        <source>Adding the user…</source>
        <translation>Inaongeza mtumiaji…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="181" />
        <source>%1 was added as %2. Give them their passphrase in private; they can change it in the app (My passphrase…).</source>
        <translation>%1 ameongezwa kama %2. Mpe kaulisiri yake faraghani; anaweza kuibadilisha ndani ya programu (Kaulisiri yangu…).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="188" />
        <location filename="../../ui/staff/page.py" line="215" />
        <source>Select a user in the list first.</source>
        <translation>Chagua mtumiaji kwenye orodha kwanza.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="190" />
        <source>New passphrase for %1</source>
        <translation>Kaulisiri mpya ya %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="200" />
        <source>Setting the new passphrase…</source>
        <translation>Inaweka kaulisiri mpya…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="210" />
        <source>The new passphrase is set. Give it to the person in private.</source>
        <translation>Kaulisiri mpya imewekwa. Mpe mhusika faraghani.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="218" />
        <source>Remove %1? Their passphrase stops working at once and every key they could use is replaced, which re-encrypts the archive and can take a while.</source>
        <translation>Ondoa %1? Kaulisiri yake itaacha kufanya kazi mara moja na kila ufunguo aliokuwa akiweza kutumia utabadilishwa, jambo linalosimba hifadhi upya na linaweza kuchukua muda.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="224" />
        <source>Removing the user and replacing keys…</source>
        <translation>Inaondoa mtumiaji na kubadilisha funguo…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="227" />
        <source>The removal was cancelled; nothing changed.</source>
        <translation>Kuondoa kumeghairiwa; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="233" />
        <source>%1 was removed. Their passphrase no longer opens the archive, and the keys they could use were replaced.</source>
        <translation>%1 ameondolewa. Kaulisiri yake haifungui tena hifadhi, na funguo alizoweza kutumia zimebadilishwa.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="249" />
        <source>Saved: the archive locks after %1 idle minutes.</source>
        <translation>Imehifadhiwa: hifadhi itajifunga baada ya dakika %1 bila matumizi.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/page.py" line="253" />
        <source>The new language is used from the next time the archive is unlocked.</source>
        <translation>Lugha mpya itatumika kuanzia wakati ujao hifadhi itakapofunguliwa.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="76" />
        <source>Places</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="149" />
        <source>You have unsaved changes on this page.</source>
        <translation>Una mabadiliko ambayo hayajahifadhiwa kwenye ukurasa huu.</translation>
    </message>
</context>
</TS>