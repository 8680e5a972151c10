from h import *
rng=np.random.default_rng(1296); n,d,h=3,4,2; X=T(rng.normal(size=(n,d))); H=T(rng.normal(size=(n,h))); C=T(rng.normal(size=(n,h)))
W={'x'+k:T(rng.normal(size=(d,h))) for k in 'ifoc'}; W.update({'h'+k:T(rng.normal(size=(h,h))) for k in 'ifoc'}); b={k:T(rng.normal(size=(1,h))) for k in 'ifoc'}
g={k:torch.sigmoid(X@W['x'+k]+H@W['h'+k]+b[k]) for k in 'ifo'}; Ct=torch.tanh(X@W['xc']+H@W['hc']+b['c']); Cn=g['f']*C+g['i']*Ct; Hn=g['o']*torch.tanh(Cn)
I={'\\mathbf{X}_t':X.numpy(),'\\mathbf{H}_{t-1}':H.numpy(),'\\mathbf{C}_{t-1}':C.numpy()}
I.update({'\\mathbf{W}_{\\textrm{%s}}'%k:v.numpy() for k,v in W.items()}); I.update({'\\mathbf{b}_\\textrm{%s}'%k:v.numpy() for k,v in b.items()})
run('c1296_d2l_lstm', I, Hn.numpy(), fn='\\mathbf{H}_t')
run('c1296_d2l_lstm', I, Cn.numpy(), fn='\\mathbf{C}_t')
