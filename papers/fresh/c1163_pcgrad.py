from h import *
rng=np.random.default_rng(1163); d=5; gi,gj=rng.normal(size=d),rng.normal(size=d)
run('c1163_pcgrad', {r'\mathbf{g}_i':gi,r'\mathbf{g}_j':gj}, gi-gi.dot(gj)/gj.dot(gj)*gj)
