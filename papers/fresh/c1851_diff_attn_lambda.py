from h import *
rng=np.random.default_rng(1851); a,b,c,e=[rng.normal(size=4)*0.3 for _ in range(4)]
run('c1851_diff_attn_lambda', {r'\lambda_{q_1}':a, r'\lambda_{k_1}':b, r'\lambda_{q_2}':c, r'\lambda_{k_2}':e, r'\lambda_{init}':0.8},
    np.exp(a@b)-np.exp(c@e)+0.8, fn=r'\lambda')
