from h import *
rng=np.random.default_rng(729); dm,dff=3,5
x=rng.normal(size=dm); W,V=rng.normal(size=(dm,dff)),rng.normal(size=(dm,dff)); b,c=rng.normal(size=dff),rng.normal(size=dff); W2=rng.normal(size=(dff,dm))
x_,W_,V_,b_,c_,W2_=map(T,(x,W,V,b,c,W2))
ins={'x':x,'W':W,'V':V,'b':b,'c':c,'W_2':W2}
run('c729_glu_variants', ins, (torch.relu(x_@W_+b_)*(x_@V_+c_)).numpy(), fn=r'\mathrm{ReGLU}')
run('c729_glu_variants', ins, ((x_@W_+b_)*(x_@V_+c_)).numpy(), fn=r'\mathrm{Bilinear}')
run('c729_glu_variants', ins, ((torch.relu(x_@W_)*(x_@V_))@W2_).numpy(), fn=r'\mathrm{FFN}_{\mathrm{ReGLU}}')
run('c729_glu_variants', ins, (((x_@W_)*(x_@V_))@W2_).numpy(), fn=r'\mathrm{FFN}_{\mathrm{Bilinear}}')
