% GAT (Velickovic et al., 2018), Eq. 3: attention normalised over the neighbourhood, 0 outside it.
e \in \mathbb{R}^{n \times n}, A \in \mathbb{R}^{n \times n}
\mathcal{N}_i = \{j \mid A_{ij} \ne 0\}
\alpha_{ij} = \frac{\exp(e_{ij})}{\sum_{k \in \mathcal{N}_i} \exp(e_{ik})}
% ~WARNING W0152
