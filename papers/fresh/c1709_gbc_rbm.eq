% Goodfellow, Bengio & Courville, Deep Learning, Eq. 16.10 / 20.5 (RBM energy) and Eq. 20.14 (conditional of a hidden
% unit), as printed
\boldsymbol{v} \in \mathbb{R}^{n}, \boldsymbol{h} \in \mathbb{R}^{k}, \boldsymbol{b} \in \mathbb{R}^{n}, \boldsymbol{c} \in \mathbb{R}^{k}, \boldsymbol{W} \in \mathbb{R}^{n \times k}

E(\boldsymbol{v}, \boldsymbol{h}) = -\boldsymbol{b}^\top \boldsymbol{v} - \boldsymbol{c}^\top \boldsymbol{h} - \boldsymbol{v}^\top \boldsymbol{W} \boldsymbol{h}
P(h_j = 1 \mid \boldsymbol{v}) = \sigma\left( c_j + \boldsymbol{v}^\top \boldsymbol{W}_{:,j} \right)
