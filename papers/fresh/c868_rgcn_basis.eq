% Modeling relational data with graph convolutional networks (R-GCN), Schlichtkrull et al. (2018), Eq. 3:
% basis decomposition of the R relation matrices W_r^{(l)} (d x f) into B bases V_b^{(l)} (prose)
a^{(l)} \in \mathbb{R}^{R \times B}, V^{(l)} \in \mathbb{R}^{B \times d \times f}

W_r^{(l)} = \sum_{b=1}^{B} a_{rb}^{(l)} V_b^{(l)}
