% K-FAC, Martens & Grosse (2015), Sec. 4.2: the approximate natural gradient of layer i's weights from the
% Kronecker factors, (\bar{A}_{i-1,i-1} \otimes G_{i,i})^{-1} vec(V_i) = vec(G_{i,i}^{-1} V_i \bar{A}_{i-1,i-1}^{-1})
\bar{A}_{i-1,i-1} \in \mathbb{R}^{n \times n}, G_{i,i} \in \mathbb{R}^{m \times m}, V_i \in \mathbb{R}^{m \times n}

U_i = G_{i,i}^{-1} V_i \bar{A}_{i-1,i-1}^{-1}
