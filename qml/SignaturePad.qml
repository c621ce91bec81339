import QtQuick
import QtQuick.Controls

// A party signs with a finger; the strokes are saved as a PNG (Canvas.toDataURL).
Rectangle {
    id: pad

    property bool empty: true
    property string prompt: qsTr("Complainant signs here")
    property var strokes: []

    function clear() {
        strokes = []
        empty = true
        canvas.requestPaint()
    }
    function pngDataUrl() {
        return canvas.toDataURL("image/png")
    }

    color: Theme.surface
    border.color: Theme.line
    border.width: 2
    radius: Theme.radius

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: pad.empty
        text: pad.prompt
        color: Theme.textMuted
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.clearRect(0, 0, width, height)
            ctx.lineWidth = 4
            ctx.lineCap = "round"
            ctx.strokeStyle = "#000000"
            for (const stroke of pad.strokes) {
                ctx.beginPath()
                for (let i = 0; i < stroke.length; ++i) {
                    if (i === 0)
                        ctx.moveTo(stroke[i].x, stroke[i].y)
                    else
                        ctx.lineTo(stroke[i].x, stroke[i].y)
                }
                ctx.stroke()
            }
        }
    }
    MouseArea {
        anchors.fill: parent
        onPressed: (mouse) => {
            pad.strokes.push([Qt.point(mouse.x, mouse.y)])
            pad.empty = false
        }
        onPositionChanged: (mouse) => {
            pad.strokes[pad.strokes.length - 1].push(Qt.point(mouse.x, mouse.y))
            canvas.requestPaint()
        }
    }
}
