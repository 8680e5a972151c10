from h import *
rng=np.random.default_rng(1300); n,d,h,q=2,3,4,5; X=rng.normal(size=(n,d)); H=rng.normal(size=(n,h)); Wxh=rng.normal(size=(d,h)); Whh=rng.normal(size=(h,h)); bh=rng.normal(size=(1,h)); Whq=rng.normal(size=(h,q)); bq=rng.normal(size=(1,q))
Ht=np.tanh(X@Wxh+H@Whh+bh); O=Ht@Whq+bq
run('c1300_d2l_rnn', {'\\mathbf{X}_t':X,'\\mathbf{H}_{t-1}':H,'\\mathbf{W}_{\\textrm{xh}}':Wxh,'\\mathbf{W}_{\\textrm{hh}}':Whh,'\\mathbf{b}_\\textrm{h}':bh,'\\mathbf{W}_{\\textrm{hq}}':Whq,'\\mathbf{b}_\\textrm{q}':bq}, O, fn='\\mathbf{O}_t')
