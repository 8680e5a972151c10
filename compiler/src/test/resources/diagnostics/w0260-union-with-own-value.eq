% GraphSAGE's mean aggregator as Hamilton et al. print it: the node's own value joined to its neighbours'.
h \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{f \times d}, \mathcal{N} \in \{0,1\}^{n \times n}
g_v = W \mathrm{MEAN}(\{h_v\} \cup \{h_u, \forall u \in \mathcal{N}(v)\})
% ~WARNING W0260
