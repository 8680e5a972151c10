% Graph attention networks, Velickovic et al. (2018), Eq. 2: the coefficients normalised over the
% neighbourhood N_i; e the n x n attention logits (given), N_i from a 0/1 adjacency A (added)
% alpha_ij is the softmax over the neighbourhood: 0 for j outside N_i (the paper computes it only for j in N_i)
e, A \in \mathbb{R}^{n \times n}

\mathcal{N}_i = \{j \mid A_{ij} \neq 0\}
\alpha_{ij} = \mathrm{softmax}_j(e_{ij}) = \frac{\exp(e_{ij})}{\sum_{k \in \mathcal{N}_i} \exp(e_{ik})}
