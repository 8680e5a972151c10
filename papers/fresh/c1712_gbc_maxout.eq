% Goodfellow, Bengio & Courville, Deep Learning, Eq. 6.37 (maxout unit over a group of k pieces), as printed, with the
% group written as in the text that follows it
\boldsymbol{z} \in \mathbb{R}^{m k}

g(\boldsymbol{z})_i = \max_{j \in \mathbb{G}^{(i)}} z_j
\mathbb{G}^{(i)} = \{(i-1)k + 1, \dots, ik\}
