% Zhang et al., Dive into Deep Learning, Sec. 9.4 (RNN with hidden state), as printed, with phi = tanh
\mathbf{X}_t \in \mathbb{R}^{n \times d}, \mathbf{H}_{t-1} \in \mathbb{R}^{n \times h}, \mathbf{W}_{\textrm{xh}} \in \mathbb{R}^{d \times h}, \mathbf{W}_{\textrm{hh}} \in \mathbb{R}^{h \times h}, \mathbf{b}_\textrm{h} \in \mathbb{R}^{1 \times h}, \mathbf{W}_{\textrm{hq}} \in \mathbb{R}^{h \times q}, \mathbf{b}_\textrm{q} \in \mathbb{R}^{1 \times q}

$$\mathbf{H}_t = \phi(\mathbf{X}_t \mathbf{W}_{\textrm{xh}} + \mathbf{H}_{t-1} \mathbf{W}_{\textrm{hh}}  + \mathbf{b}_\textrm{h}).$$
$$\mathbf{O}_t = \mathbf{H}_t \mathbf{W}_{\textrm{hq}} + \mathbf{b}_\textrm{q}.$$
\phi(x) = \tanh(x)
