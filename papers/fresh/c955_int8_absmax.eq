% LLM.int8() (Dettmers et al., 2022), Eq. 1: absmax quantisation of an fp16 matrix to int8, scaled by 127 over the
% largest absolute entry; \lfloor \cdot \rceil is rounding to the nearest integer (prose)
X_{f16} \in \mathbb{R}^{s \times h}

X_{i8} = \left\lfloor \frac{127 \cdot X_{f16}}{\max_{ij}(|X_{f16_{ij}}|)} \right\rceil
