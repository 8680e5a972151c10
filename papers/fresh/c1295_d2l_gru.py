from h import *
rng=np.random.default_rng(1295); n,d,h=3,4,2; X=T(rng.normal(size=(n,d))); H=T(rng.normal(size=(n,h)))
W={k:T(rng.normal(size=(d,h))) for k in ('xr','xz','xh')}; W.update({k:T(rng.normal(size=(h,h))) for k in ('hr','hz','hh')}); b={k:T(rng.normal(size=(1,h))) for k in 'rzh'}
R=torch.sigmoid(X@W['xr']+H@W['hr']+b['r']); Z=torch.sigmoid(X@W['xz']+H@W['hz']+b['z']); Ht=torch.tanh(X@W['xh']+(R*H)@W['hh']+b['h']); Hn=Z*H+(1-Z)*Ht
I={'\\mathbf{X}_t':X.numpy(),'\\mathbf{H}_{t-1}':H.numpy()}
I.update({'\\mathbf{W}_{\\textrm{%s}}'%k:v.numpy() for k,v in W.items()}); I.update({'\\mathbf{b}_\\textrm{%s}'%k:v.numpy() for k,v in b.items()})
run('c1295_d2l_gru', I, Hn.numpy(), fn='\\mathbf{H}_t')
