% Reading rule: [z]_+ is \max(z, 0) (the hinge / positive part, as in sparsemax and triplet losses)
x \in \mathbb{R}^{d}, \tau \in \mathbb{R}

y = [x - \tau]_+
