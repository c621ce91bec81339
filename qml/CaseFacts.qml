pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Every fact of the case, in the order the procedure gathers them: parties, right, product,
// grounds, intake documents, the notice and its receipt, defences, the decision and how the
// case ended; each event's officer and time beside it (the timeline has every event). The
// papers the case issued come first, one tap from being shown or printed; they scroll with
// the facts so that a long case keeps the whole height of the column for its facts.
Flickable {
    id: facts

    required property StationBackend backend
    property var d: ({})  // CaseController.details
    property var papers: []  // CaseController.papers
    signal paperOpened(var paper)
    // The event issuing the complainant's paper ("case.accepted" or "case.rejected") while it
    // waits for their receipt (CaseController::complainantReceiptAbout), else empty.
    property string slipToSign: ""
    signal slipReceiptWanted()
    // Kept scrolled to the end while the layout settles (the page tour's "case/decided/end").
    property bool keepEnd: false
    function toEnd() {
        if (keepEnd)
            contentY = Math.max(0, contentHeight - height)
    }
    onContentHeightChanged: toEnd()
    onHeightChanged: toEnd()
    onKeepEndChanged: toEnd()
    readonly property var complainant: d.complainant || {}
    readonly property var rightSection: d.right || {}
    readonly property var respondent: d.respondent || {}
    readonly property var product: d.product || {}
    readonly property var notice: d.notice || null
    readonly property var decision: d.decision || null

    function who(item) {
        return item && item.time ? facts.backend.formatDateTime(item.time) + " · " + item.officer : ""
    }
    function join(parts) {
        return parts.filter(p => p && p.length > 0).join(" · ")
    }

    clip: true
    contentHeight: column.implicitHeight
    ScrollBar.vertical: ScrollBar { }

    ColumnLayout {
        id: column
        width: facts.width - 12
        spacing: 6

        FactHeading { text: qsTr("Papers issued (%1)").arg(facts.papers.length); visible: facts.papers.length > 0 }
        Flow {
            visible: facts.papers.length > 0
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: facts.papers
                delegate: Button {
                    required property var modelData
                    objectName: "paper_" + modelData.kind
                    text: qsTr("View %1").arg(Labels.paper(modelData.kind))
                    implicitHeight: Theme.touch
                    onClicked: facts.paperOpened(modelData)
                }
            }
            Button {
                objectName: "slipReceipt"
                visible: facts.slipToSign !== ""
                text: qsTr("%1: the complainant signs for it").arg(Labels.paper(facts.slipToSign === "case.rejected" ? "rejection" : "acceptance"))
                implicitHeight: Theme.touch
                onClicked: facts.slipReceiptWanted()
            }
        }
        FactHeading { text: qsTr("Parties") }
        ReviewLine {
            label: qsTr("Complainant")
            value: facts.join([facts.complainant.name, Labels.complainantKind(facts.complainant.kind || ""),
                               facts.complainant.id_number, facts.complainant.country])
                   + (facts.complainant.agent ? "\n" + qsTr("Agent: %1").arg(facts.complainant.agent) : "")
        }
        ReviewLine {
            label: qsTr("Respondent")
            value: facts.join([facts.respondent.exhibitor, qsTr("booth %1").arg(facts.d.booth || ""),
                               facts.respondent.hall ? qsTr("hall %1").arg(facts.respondent.hall) : "",
                               facts.respondent.delegation])
                   + (facts.respondent.booth_source === "manual" ? qsTr("  (typed, not verified)") : "")
        }
        FactHeading { text: qsTr("Right and product") }
        ReviewLine {
            label: qsTr("Right")
            value: facts.join([Labels.rightType(facts.rightSection.right_type || ""), facts.rightSection.number, facts.rightSection.title,
                               facts.rightSection.grant_date ? qsTr("granted %1").arg(facts.rightSection.grant_date) : "",
                               facts.rightSection.legal_status])
        }
        ReviewLine {
            label: qsTr("Product")
            value: facts.join([facts.product.description, facts.product.model, facts.product.code,
                               facts.product.display_form ? Labels.displayForm(facts.product.display_form) : ""])
        }
        ReviewLine { label: qsTr("Grounds"); value: (facts.d.grounds || {}).text || qsTr("Not recorded") }
        FactHeading { text: qsTr("Documents shown at intake (%1)").arg((facts.d.documents || []).length) }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: facts.d.documents || []
                delegate: ColumnLayout {
                    id: document
                    required property var modelData
                    spacing: 2
                    width: 140
                    Image {
                        source: "image://evidence/" + document.modelData.blob
                        sourceSize.width: 140
                        sourceSize.height: 100
                        asynchronous: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: Labels.documentKind(document.modelData.kind)
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                        Layout.preferredWidth: 140
                    }
                }
            }
        }
        FactHeading { text: qsTr("Notice"); visible: facts.notice !== null }
        ReviewLine {
            visible: facts.notice !== null
            label: qsTr("Served")
            value: facts.notice ? facts.who(facts.notice) + (facts.notice.recipient ? "\n" + qsTr("Handed to %1").arg(facts.notice.recipient) : "") : ""
        }
        Repeater {
            model: (facts.d.receipts || []).filter(r => r.party === "respondent")
            delegate: ReviewLine {
                required property var modelData
                label: modelData.refused ? qsTr("Refused to sign") : qsTr("Receipt signed")
                value: (modelData.refused
                        ? qsTr("Witness: %1").arg(modelData.witness)
                        : facts.join([modelData.signer, modelData.role]))
                       + "\n" + facts.who(modelData)
            }
        }
        FactHeading { text: qsTr("Defences (%1)").arg((facts.d.defences || []).length); visible: (facts.d.defences || []).length > 0 }
        Repeater {
            model: facts.d.defences || []
            delegate: ColumnLayout {
                id: defence
                required property var modelData
                spacing: 4
                Layout.fillWidth: true
                ReviewLine {
                    label: qsTr("Received %1").arg(facts.backend.formatDateTime(defence.modelData.receivedAt)) + (defence.modelData.late ? "  " + qsTr("(late)") : "")
                    value: defence.modelData.summary
                    Layout.fillWidth: true
                }
                // What the respondent handed over with it, sealed when it was taken.
                Flow {
                    objectName: "defenceAttachmentThumbnails"
                    visible: defence.modelData.attachments.length > 0
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: defence.modelData.attachments
                        delegate: Image {
                            required property string modelData
                            source: "image://evidence/" + modelData
                            sourceSize.width: 140
                            sourceSize.height: 100
                            asynchronous: true
                        }
                    }
                }
            }
        }
        FactHeading { text: qsTr("Decision"); visible: facts.decision !== null }
        ReviewLine {
            visible: facts.decision !== null
            label: facts.decision ? facts.who(facts.decision) : ""
            value: facts.decision
                   ? Labels.outcome(facts.decision.outcome) + "\n"
                     + qsTr("Measures: %1").arg(facts.decision.measures.length > 0 ? facts.decision.measures.map(m => Labels.measure(m)).join(", ") : qsTr("none"))
                     + "\n" + qsTr("Sanction: %1").arg(Labels.sanction(facts.decision.sanction))
                     + "\n" + qsTr("Reasons: %1").arg(facts.decision.reasons)
                   : ""
        }
        Repeater {
            model: facts.d.endings || []
            delegate: ReviewLine {
                required property var modelData
                label: Labels.eventType(modelData.type) + " · " + facts.who(modelData)
                value: facts.join([modelData.reason, modelData.to])
                visible: true
            }
        }
    }
}
