pragma Singleton
import QtQuick

// Words for the machine keys the C++ side uses (status, right type, ...), in the glossary's
// terms (docs/domain.md, "Glossary"), so that both languages say the same thing everywhere.
QtObject {
    // A ChoiceRow's options: each key with its words, e.g. options(["design", "trademark"], rightType).
    function options(keys, words) {
        return keys.map(k => ({key: k, label: words(k)}))
    }
    function status(key) {
        switch (key) {
        case "none": return qsTr("Not opened")
        case "draft": return qsTr("Draft")
        case "filed": return qsTr("Filed")
        case "received": return qsTr("Received")
        case "accepted": return qsTr("Accepted")
        case "rejected": return qsTr("Rejected")
        case "notice_served": return qsTr("Notice served")
        case "defence_received": return qsTr("Defence received")
        case "decided": return qsTr("Decided")
        case "withdrawn": return qsTr("Complaint withdrawn")
        case "transferred": return qsTr("Transferred as formal case")
        case "closed": return qsTr("Closed")
        }
        return key
    }
    // What the case waits for next, in the officer's words; empty once it has ended.
    function nextStep(key) {
        switch (key) {
        case "draft": return qsTr("Finish the intake")
        case "filed":
        case "received": return qsTr("Check the papers: accept or reject")
        case "accepted": return qsTr("Serve the notice at the booth")
        case "notice_served": return qsTr("Waiting for the defence")
        case "defence_received": return qsTr("Decide")
        }
        return ""
    }
    function rightType(key) {
        switch (key) {
        case "invention": return qsTr("Invention patent")
        case "utility_model": return qsTr("Utility model")
        case "design": return qsTr("Design patent")
        case "trademark": return qsTr("Trademark")
        case "copyright": return qsTr("Copyright")
        case "geographical_indication": return qsTr("Geographical indication")
        }
        return key
    }
    function syncState(key) {
        switch (key) {
        case "never": return qsTr("Never synced")
        case "offline": return qsTr("Offline")
        case "syncing": return qsTr("Syncing…")
        case "synced": return qsTr("Synced")
        case "error": return qsTr("Sync failed")
        }
        return key
    }
    // "1 h 05 min left" or "Overdue 2 h 10 min"; empty without a deadline.
    function countdown(deadline, now) {
        if (deadline <= 0)
            return ""
        const left = deadline - now
        const minutes = Math.floor(Math.abs(left) / 60000)
        const span = qsTr("%1 h %2 min").arg(Math.floor(minutes / 60)).arg(String(minutes % 60).padStart(2, "0"))
        return left >= 0 ? qsTr("%1 left").arg(span) : qsTr("Overdue %1").arg(span)
    }
    // Colour of the countdown: red under 2 h and overdue (issue 15: the officer must act now),
    // amber under 6 h, normal otherwise.
    function countdownColor(deadline, now) {
        if (deadline <= 0)
            return Theme.textMuted
        const left = deadline - now
        return left < 2 * 3600 * 1000 ? Theme.danger : left < 6 * 3600 * 1000 ? Theme.amber : Theme.ok
    }

    function documentKind(key) {
        switch (key) {
        case "patent_certificate": return qsTr("Patent certificate")
        case "legal_status": return qsTr("Legal status (annual fee) proof")
        case "patent_text": return qsTr("Patent text (claims, drawings)")
        case "trademark_certificate": return qsTr("Trademark registration certificate")
        case "copyright_proof": return qsTr("Copyright registration or proof")
        case "gi_approval": return qsTr("Geographical indication approval")
        case "agent_identity": return qsTr("Agent's identity document")
        case "evaluation_report": return qsTr("Patent evaluation report")
        case "identity": return qsTr("Identity document")
        case "company_registration": return qsTr("Company registration")
        case "power_of_attorney": return qsTr("Power of attorney")
        case "licence_contract": return qsTr("Licence contract")
        case "notarisation": return qsTr("Notarisation of foreign documents")
        case "other": return qsTr("Other document")
        }
        return key
    }
    function outcome(key) {
        switch (key) {
        case "exhibit_withdrawn": return qsTr("Withdraw exhibit")
        case "exhibit_covered": return qsTr("Cover exhibit")
        case "no_infringement": return qsTr("No infringement")
        case "settled": return qsTr("Settled by mediation")
        case "complaint_withdrawn": return qsTr("Complaint withdrawn")
        case "transferred": return qsTr("Transferred as formal case")
        }
        return key
    }
    function complainantKind(key) {
        switch (key) {
        case "company": return qsTr("Company")
        case "person": return qsTr("Person")
        }
        return key
    }
    function displayForm(key) {
        switch (key) {
        case "exhibit": return qsTr("Exhibit")
        case "packaging": return qsTr("Packaging")
        case "brochure": return qsTr("Brochure")
        case "online_link": return qsTr("Online link")
        }
        return key
    }
    // The case papers (docs/documents.md), by kind.
    function paper(kind) {
        switch (kind) {
        case "notice": return qsTr("Notice of complaint")
        case "acceptance": return qsTr("Acceptance notice")
        case "rejection": return qsTr("Rejection notice")
        case "decision": return qsTr("Decision notice")
        }
        return kind
    }
    // What the reasons of a decision with this outcome say (the decision notice prints them).
    function reasonsPrompt(outcome) {
        switch (outcome) {
        case "exhibit_covered": return qsTr("Reasons: why the exhibit infringes the right (features or claims compared)")
        case "no_infringement": return qsTr("Reasons: why the exhibit does not infringe the right")
        case "exhibit_withdrawn": return qsTr("Reasons: what the respondent withdrew from the fair, and when")
        case "settled": return qsTr("Reasons: what the parties agreed")
        }
        return qsTr("Reasons (choose the outcome first)")
    }
    function measure(key) {
        switch (key) {
        case "exhibit_removed": return qsTr("Exhibit removed")
        case "exhibit_covered": return qsTr("Exhibit covered")
        case "materials_sealed": return qsTr("Materials sealed")
        case "materials_removed": return qsTr("Materials removed")
        case "link_taken_down": return qsTr("Online link taken down")
        }
        return key
    }
    function sanction(key) {
        switch (key) {
        case "none": return qsTr("No sanction")
        case "delegation_notice": return qsTr("Notice to the trade delegation")
        case "fair_notice": return qsTr("Notice to the whole fair")
        case "excluded_next_session": return qsTr("Excluded from next session")
        }
        return key
    }
    function evidenceKind(key) {
        switch (key) {
        case "exhibit_photo": return qsTr("Photo of exhibit")
        case "document_photo": return qsTr("Photo of document")
        case "brochure": return qsTr("Brochure")
        case "business_card": return qsTr("Business card")
        case "certificate": return qsTr("Certificate")
        case "sample": return qsTr("Sample")
        case "note": return qsTr("Note")
        case "scanned_code": return qsTr("Scanned code")
        }
        return key
    }
    // Buttons of the case page, by event type.
    function action(type) {
        switch (type) {
        case "notice.served": return qsTr("Serve notice")
        case "defence.recorded": return qsTr("Record defence")
        case "decision.recorded": return qsTr("Record decision")
        case "case.withdrawn": return qsTr("Withdraw complaint")
        case "case.transferred": return qsTr("Transfer as formal case")
        case "case.closed": return qsTr("Close case")
        case "evidence.added": return qsTr("Add evidence")
        }
        return type
    }
    // Timeline entries, by event type.
    function eventType(type) {
        switch (type) {
        case "case.opened": return qsTr("Complaint received")
        case "complainant.recorded": return qsTr("Complainant recorded")
        case "right.recorded": return qsTr("Right recorded")
        case "respondent.recorded": return qsTr("Respondent recorded")
        case "product.recorded": return qsTr("Accused product recorded")
        case "grounds.recorded": return qsTr("Grounds recorded")
        case "document.attached": return qsTr("Document attached")
        case "evidence.added": return qsTr("Evidence added")
        case "evidence.corrected": return qsTr("Evidence corrected")
        case "admissibility.checked": return qsTr("Admissibility checked")
        case "case.filed": return qsTr("Complaint filed")
        case "case.accepted": return qsTr("Accepted")
        case "case.rejected": return qsTr("Rejected (not admissible)")
        case "notice.served": return qsTr("Notice served")
        case "defence.recorded": return qsTr("Defence recorded")
        case "decision.recorded": return qsTr("Decision recorded")
        case "case.withdrawn": return qsTr("Complaint withdrawn")
        case "case.transferred": return qsTr("Transferred as formal case")
        case "case.closed": return qsTr("Case closed")
        case "ack.signed": return qsTr("Acknowledgement signed")
        }
        return type
    }
}
