from h import *
# as printed (the prose adds a ReLU after W_0 that the equation does not show)
rng=np.random.default_rng(1220); C,Cr=6,3; fa,fm=rng.normal(size=C),rng.normal(size=C); W0=rng.normal(size=(Cr,C)); W1=rng.normal(size=(C,Cr))
sig=lambda z:1/(1+np.exp(-z))
run('c1220_cbam_channel', {r'\mathbf{F}^c_{avg}':fa, r'\mathbf{F}^c_{max}':fm, r'\mathbf{W}_0':W0, r'\mathbf{W}_1':W1}, sig(W1@(W0@fa)+W1@(W0@fm)), fn=r'\mathbf{M_c}')
