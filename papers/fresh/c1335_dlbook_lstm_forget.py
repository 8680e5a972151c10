from h import *
rng=np.random.default_rng(1335); m,n=4,3; x=rng.normal(size=m); h=rng.normal(size=n); b=rng.normal(size=n); U=rng.normal(size=(n,m)); W=rng.normal(size=(n,n))
run('c1335_dlbook_lstm_forget', {'x^{(t)}':x,'h^{(t-1)}':h,'b^f':b,'U^f':U,'W^f':W}, torch.sigmoid(T(b+U@x+W@h)).numpy(), fn='f^{(t)}')
