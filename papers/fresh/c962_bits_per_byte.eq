% The Pile (Gao et al., 2020), Sec. 4.1: bits per byte from the per-token loss ell (nats), L_T tokens and L_B
% UTF-8 bytes of the evaluated text
\ell, L_T, L_B \in \mathbb{R}

\text{BPB} = (L_T / L_B) \log_2(e^\ell) = (L_T / L_B) \ell / \ln(2)
