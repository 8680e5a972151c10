% DARTS, Liu, Simonyan & Yang (2019), Eq. 2 as printed (from memory of the printing): the mixed operation on edge (i, j)
% is the softmax over the architecture weights alpha_o^{(i,j)} of the candidate operations o in O, each output o(x)
% given (one row per operation, prose)
\alpha^{(i,j)} \in \mathbb{R}^{|\mathcal{O}|}, o(x) \in \mathbb{R}^{|\mathcal{O}| \times d}

\bar{o}^{(i,j)}(x) = \sum_{o \in \mathcal{O}} \frac{\exp(\alpha_o^{(i,j)})}{\sum_{o' \in \mathcal{O}} \exp(\alpha_{o'}^{(i,j)})} o(x)
