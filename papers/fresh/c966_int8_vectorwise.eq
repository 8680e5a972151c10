% LLM.int8() (Dettmers et al., 2022), Eq. 2 (vector-wise quantisation): the int32 product C_{i32} = X_{i8} W_{i8}
% dequantised by the outer product of the row scales c_x of X and the column scales c_w of W (prose: "the outer
% product of c_x and c_w")
C_{i32} \in \mathbb{R}^{s \times o}, \mathbf{c}_{x_{f16}} \in \mathbb{R}^{s}, \mathbf{c}_{w_{f16}} \in \mathbb{R}^{o}

C_{f_{16}} = \frac{1}{\mathbf{c}_{x_{f16}} \otimes \mathbf{c}_{w_{f16}}} C_{i32}
