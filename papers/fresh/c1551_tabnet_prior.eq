% TabNet, Arik & Pfister (2021), Sec. 3 (attentive transformer) as printed (from memory of the printing): the prior
% scale after decision step i, from the masks M[j] of the N_steps steps (one row of D feature weights each, given) and
% the relaxation parameter gamma
M \in \mathbb{R}^{N_{steps} \times D}, \gamma \in \mathbb{R}

\mathbf{P}[\mathbf{i}] = \prod_{j=1}^{\mathbf{i}} (\gamma - \mathbf{M}[\mathbf{j}])
