from h import *
rng=np.random.default_rng(1991); d=4; g,gp=(rng.normal(size=d) for _ in range(2)); gam,b1=0.025,0.95
c=g+gam*b1/(1-b1)*(g-gp); n=np.linalg.norm(c)
run('c1991_mars_correction', {r'\mathbf{g}_t':g, r'\mathbf{g}_{t-1}':gp, r'\gamma_t':gam, r'\beta_1':b1}, c/n if n>1 else c, fn=r'\tilde{\mathbf{c}}_t')
