% Additive attention scoring function (Bahdanau et al., 2015) as d2l.ai (Eq. 11.3.3) prints it, with its shape
\mathbf{W}_q \in \mathbb{R}^{h \times q}, \mathbf{W}_k \in \mathbb{R}^{h \times k}, \mathbf{w}_v \in \mathbb{R}^{h}, \mathbf{q} \in \mathbb{R}^{q}, \mathbf{k} \in \mathbb{R}^{k}

a(\mathbf{q}, \mathbf{k}) = \mathbf{w}_v^\top \tanh(\mathbf{W}_q\mathbf{q} + \mathbf{W}_k \mathbf{k}) \in \mathbb{R}
