/**
 * HTML's named character references (the WHATWG list: 2,125 names, 106 of them also valid
 * without a semicolon), packed small because they ship in the service worker. entities.ts
 * unpacks them; tests/unit/utils/feeds/entities.test.ts checks every name against a reference
 * decoder.
 */

/** Names of single-code-point references in code point order: a plain name is the previous code point plus one, `name=` the same one, `name.<base 36>` that far on. */
export const SINGLE =
  'Tab.9,NewLine,excl.n,QUOT,quot=,num,dollar,percnt,AMP,amp=,apos,lpar,rpar,ast,midast=,plus,comma,per' +
  'iod.2,sol,colon.b,semi,LT,lt=,equals,GT,gt=,quest,commat,lbrack.r,lsqb=,bsol,rbrack,rsqb=,Hat,UnderB' +
  'ar,lowbar=,DiacriticalGrave,grave=,lbrace.r,lcub=,VerticalLine,verbar=,vert=,rbrace,rcub=,NonBreakin' +
  'gSpace.z,nbsp=,iexcl,cent,pound,curren,yen,brvbar,sect,Dot,DoubleDot=,die=,uml=,COPY,copy=,ordf,laqu' +
  'o,not,shy,REG,circledR=,reg=,macr,strns=,deg,PlusMinus,plusmn=,pm=,sup2,sup3,DiacriticalAcute,acute=' +
  ',micro,para,CenterDot,centerdot=,middot=,Cedilla,cedil=,sup1,ordm,raquo,frac14,frac12,half=,frac34,i' +
  'quest,Agrave,Aacute,Acirc,Atilde,Auml,Aring,angst=,AElig,Ccedil,Egrave,Eacute,Ecirc,Euml,Igrave,Iacu' +
  'te,Icirc,Iuml,ETH,Ntilde,Ograve,Oacute,Ocirc,Otilde,Ouml,times,Oslash,Ugrave,Uacute,Ucirc,Uuml,Yacut' +
  'e,THORN,szlig,agrave,aacute,acirc,atilde,auml,aring,aelig,ccedil,egrave,eacute,ecirc,euml,igrave,iac' +
  'ute,icirc,iuml,eth,ntilde,ograve,oacute,ocirc,otilde,ouml,div,divide=,oslash,ugrave,uacute,ucirc,uum' +
  'l,yacute,thorn,yuml,Amacr,amacr,Abreve,abreve,Aogon,aogon,Cacute,cacute,Ccirc,ccirc,Cdot,cdot,Ccaron' +
  ',ccaron,Dcaron,dcaron,Dstrok,dstrok,Emacr,emacr,Edot.3,edot,Eogon,eogon,Ecaron,ecaron,Gcirc,gcirc,Gb' +
  'reve,gbreve,Gdot,gdot,Gcedil,Hcirc.2,hcirc,Hstrok,hstrok,Itilde,itilde,Imacr,imacr,Iogon.3,iogon,Ido' +
  't,imath,inodot=,IJlig,ijlig,Jcirc,jcirc,Kcedil,kcedil,kgreen,Lacute,lacute,Lcedil,lcedil,Lcaron,lcar' +
  'on,Lmidot,lmidot,Lstrok,lstrok,Nacute,nacute,Ncedil,ncedil,Ncaron,ncaron,napos,ENG,eng,Omacr,omacr,O' +
  'dblac.3,odblac,OElig,oelig,Racute,racute,Rcedil,rcedil,Rcaron,rcaron,Sacute,sacute,Scirc,scirc,Scedi' +
  'l,scedil,Scaron,scaron,Tcedil,tcedil,Tcaron,tcaron,Tstrok,tstrok,Utilde,utilde,Umacr,umacr,Ubreve,ub' +
  'reve,Uring,uring,Udblac,udblac,Uogon,uogon,Wcirc,wcirc,Ycirc,ycirc,Yuml,Zacute,zacute,Zdot,zdot,Zcar' +
  'on,zcaron,fnof.k,imped.z,gacute.1s,jmath.1u,circ.3z,Hacek,caron=,Breve.h,breve=,DiacriticalDot,dot=,' +
  'ring,ogon,DiacriticalTilde,tilde=,DiacriticalDoubleAcute,dblac=,DownBreve.1g,Alpha.3k,Beta,Gamma,Del' +
  'ta,Epsilon,Zeta,Eta,Theta,Iota,Kappa,Lambda,Mu,Nu,Xi,Omicron,Pi,Rho,Sigma.2,Tau,Upsilon,Phi,Chi,Psi,' +
  'Omega,ohm=,alpha.8,beta,gamma,delta,epsi,epsilon=,zeta,eta,theta,iota,kappa,lambda,mu,nu,xi,omicron,' +
  'pi,rho,sigmaf,sigmav=,varsigma=,sigma,tau,upsi,upsilon=,phi,chi,psi,omega,thetasym.8,thetav=,varthet' +
  'a=,Upsi,upsih=,phiv.3,straightphi=,varphi=,piv,varpi=,Gammad.6,digamma,gammad=,kappav.j,varkappa=,rh' +
  'ov,varrho=,epsiv.4,straightepsilon=,varepsilon=,backepsilon,bepsi=,IOcy.b,DJcy,GJcy,Jukcy,DScy,Iukcy' +
  ',YIcy,Jsercy,LJcy,NJcy,TSHcy,KJcy,Ubrcy.2,DZcy,Acy,Bcy,Vcy,Gcy,Dcy,IEcy,ZHcy,Zcy,Icy,Jcy,Kcy,Lcy,Mcy' +
  ',Ncy,Ocy,Pcy,Rcy,Scy,Tcy,Ucy,Fcy,KHcy,TScy,CHcy,SHcy,SHCHcy,HARDcy,Ycy,SOFTcy,Ecy,YUcy,YAcy,acy,bcy,' +
  'vcy,gcy,dcy,iecy,zhcy,zcy,icy,jcy,kcy,lcy,mcy,ncy,ocy,pcy,rcy,scy,tcy,ucy,fcy,khcy,tscy,chcy,shcy,sh' +
  'chcy,hardcy,ycy,softcy,ecy,yucy,yacy,iocy.2,djcy,gjcy,jukcy,dscy,iukcy,yicy,jsercy,ljcy,njcy,tshcy,k' +
  'jcy,ubrcy.2,dzcy,ensp.5gj,emsp,emsp13,emsp14,numsp.2,puncsp,ThinSpace,thinsp=,VeryThinSpace,hairsp=,' +
  'NegativeMediumSpace,NegativeThickSpace=,NegativeThinSpace=,NegativeVeryThinSpace=,ZeroWidthSpace=,zw' +
  'nj,zwj,lrm,rlm,dash,hyphen=,ndash.3,mdash,horbar,Verbar,Vert=,OpenCurlyQuote.2,lsquo=,CloseCurlyQuot' +
  'e,rsquo=,rsquor=,lsquor,sbquo=,OpenCurlyDoubleQuote.2,ldquo=,CloseCurlyDoubleQuote,rdquo=,rdquor=,bd' +
  'quo,ldquor=,dagger.2,Dagger,ddagger=,bull,bullet=,nldr.3,hellip,mldr=,permil.a,pertenk,prime,Prime,t' +
  'prime,backprime,bprime=,lsaquo.4,rsaquo,OverBar.4,oline=,caret.3,hybull.2,frasl,bsemi.b,qprime.8,Med' +
  'iumSpace.8,NoBreak,ApplyFunction,af=,InvisibleTimes,it=,InvisibleComma,ic=,euro.21,TripleDot.1b,tdot' +
  '=,DotDot,Copf.12,complexes=,incare.3,gscr.5,HilbertSpace,Hscr=,hamilt=,Hfr,Poincareplane=,Hopf,quate' +
  'rnions=,planckh,hbar,hslash=,planck=,plankv=,Iscr,imagline=,Ifr,Im=,image=,imagpart=,Laplacetrf,Lscr' +
  '=,lagran=,ell,Nopf.2,naturals=,numero,copysr,weierp,wp=,Popf,primes=,Qopf,rationals=,Rscr,realine=,R' +
  'e,Rfr=,real=,realpart=,Ropf,reals=,rx,TRADE.4,trade=,Zopf.2,integers=,mho.3,Zfr,zeetrf=,iiota,Bernou' +
  'llis.3,Bscr=,bernou=,Cayleys,Cfr=,escr.2,Escr,expectation=,Fouriertrf,Fscr=,Mellintrf.2,Mscr=,phmmat' +
  '=,order,orderof=,oscr=,alefsym,aleph=,beth,gimel,daleth,CapitalDifferentialD.d,DD=,DifferentialD,dd=' +
  ',ExponentialE,ee=,exponentiale=,ImaginaryI,ii=,frac13.b,frac23,frac15,frac25,frac35,frac45,frac16,fr' +
  'ac56,frac18,frac38,frac58,frac78,LeftArrow.1e,ShortLeftArrow=,larr=,leftarrow=,slarr=,ShortUpArrow,U' +
  'pArrow=,uarr=,uparrow=,RightArrow,ShortRightArrow=,rarr=,rightarrow=,srarr=,DownArrow,ShortDownArrow' +
  '=,darr=,downarrow=,LeftRightArrow,harr=,leftrightarrow=,UpDownArrow,updownarrow=,varr=,UpperLeftArro' +
  'w,nwarr=,nwarrow=,UpperRightArrow,nearr=,nearrow=,LowerRightArrow,searr=,searrow=,LowerLeftArrow,swa' +
  'rr=,swarrow=,nlarr,nleftarrow=,nrarr,nrightarrow=,rarrw.2,rightsquigarrow=,Larr,twoheadleftarrow=,Ua' +
  'rr,Rarr,twoheadrightarrow=,Darr,larrtl,leftarrowtail=,rarrtl,rightarrowtail=,LeftTeeArrow,mapstoleft' +
  '=,UpTeeArrow,mapstoup=,RightTeeArrow,map=,mapsto=,DownTeeArrow,mapstodown=,hookleftarrow.2,larrhk=,h' +
  'ookrightarrow,rarrhk=,larrlp,looparrowleft=,looparrowright,rarrlp=,harrw,leftrightsquigarrow=,nharr,' +
  'nleftrightarrow=,Lsh.2,lsh=,Rsh,rsh=,ldsh,rdsh,crarr.2,cularr,curvearrowleft=,curarr,curvearrowright' +
  '=,circlearrowleft.3,olarr=,circlearrowright,orarr=,LeftVector,leftharpoonup=,lharu=,DownLeftVector,l' +
  'eftharpoondown=,lhard=,RightUpVector,uharr=,upharpoonright=,LeftUpVector,uharl=,upharpoonleft=,Right' +
  'Vector,rharu=,rightharpoonup=,DownRightVector,rhard=,rightharpoondown=,RightDownVector,dharr=,downha' +
  'rpoonright=,LeftDownVector,dharl=,downharpoonleft=,RightArrowLeftArrow,rightleftarrows=,rlarr=,UpArr' +
  'owDownArrow,udarr=,LeftArrowRightArrow,leftrightarrows=,lrarr=,leftleftarrows,llarr=,upuparrows,uuar' +
  'r=,rightrightarrows,rrarr=,ddarr,downdownarrows=,ReverseEquilibrium,leftrightharpoons=,lrhar=,Equili' +
  'brium,rightleftharpoons=,rlhar=,nLeftarrow,nlArr=,nLeftrightarrow,nhArr=,nRightarrow,nrArr=,DoubleLe' +
  'ftArrow,Leftarrow=,lArr=,DoubleUpArrow,Uparrow=,uArr=,DoubleRightArrow,Implies=,Rightarrow=,rArr=,Do' +
  'ubleDownArrow,Downarrow=,dArr=,DoubleLeftRightArrow,Leftrightarrow=,hArr=,iff=,DoubleUpDownArrow,Upd' +
  'ownarrow=,vArr=,nwArr,neArr,seArr,swArr,Lleftarrow,lAarr=,Rrightarrow,rAarr=,zigrarr.2,LeftArrowBar.' +
  '7,larrb=,RightArrowBar,rarrb=,DownArrowUpArrow.g,duarr=,loarr.8,roarr,hoarr,ForAll,forall=,comp,comp' +
  'lement=,PartialD,part=,Exists,exist=,NotExists,nexist=,nexists=,empty,emptyset=,emptyv=,varnothing=,' +
  'Del.2,nabla=,Element,in=,isin=,isinv=,NotElement,notin=,notinva=,ReverseElement.2,SuchThat=,ni=,niv=' +
  ',NotReverseElement,notni=,notniva=,Product.3,prod=,Coproduct,coprod=,Sum,sum=,minus,MinusPlus,mnplus' +
  '=,mp=,dotplus,plusdo=,Backslash.2,setminus=,setmn=,smallsetminus=,ssetmn=,lowast,SmallCircle,compfn=' +
  ',Sqrt.2,radic=,Proportional.3,prop=,propto=,varpropto=,vprop=,infin,angrt,ang,angle=,angmsd,measured' +
  'angle=,angsph,VerticalBar,mid=,shortmid=,smid=,NotVerticalBar,nmid=,nshortmid=,nsmid=,DoubleVertical' +
  'Bar,par=,parallel=,shortparallel=,spar=,NotDoubleVerticalBar,npar=,nparallel=,nshortparallel=,nspar=' +
  ',and,wedge=,or,vee=,cap,cup,Integral,int=,Int,iiint,tint=,ContourIntegral,conint=,oint=,Conint,Doubl' +
  'eContourIntegral=,Cconint,cwint,ClockwiseContourIntegral,cwconint=,CounterClockwiseContourIntegral,a' +
  'wconint=,Therefore,there4=,therefore=,Because,becaus=,because=,ratio,Colon,Proportion=,dotminus,minu' +
  'sd=,mDDot.2,homtht,Tilde,sim=,thicksim=,thksim=,backsim,bsim=,ac,mstpos=,acd,VerticalTilde,wr=,wreat' +
  'h=,NotTilde,nsim=,EqualTilde,eqsim=,esim=,TildeEqual,sime=,simeq=,NotTildeEqual,nsime=,nsimeq=,Tilde' +
  'FullEqual,cong=,simne,NotTildeFullEqual,ncong=,TildeTilde,ap=,approx=,asymp=,thickapprox=,thkap=,Not' +
  'TildeTilde,nap=,napprox=,ape,approxeq=,apid,backcong,bcong=,CupCap,asympeq=,Bumpeq,HumpDownHump=,bum' +
  'p=,HumpEqual,bumpe=,bumpeq=,DotEqual,doteq=,esdot=,doteqdot,eDot=,efDot,fallingdotseq=,erDot,risingd' +
  'otseq=,Assign,colone=,coloneq=,ecolon,eqcolon=,ecir,eqcirc=,circeq,cire=,wedgeq.2,veeeq,triangleq.2,' +
  'trie=,equest.3,questeq=,NotEqual,ne=,Congruent,equiv=,NotCongruent,nequiv=,le.2,leq=,GreaterEqual,ge' +
  '=,geq=,LessFullEqual,lE=,leqq=,GreaterFullEqual,gE=,geqq=,lnE,lneqq=,gnE,gneqq=,Lt,NestedLessLess=,l' +
  'l=,Gt,NestedGreaterGreater=,gg=,between,twixt=,NotCupCap,NotLess,nless=,nlt=,NotGreater,ngt=,ngtr=,N' +
  'otLessEqual,nle=,nleq=,NotGreaterEqual,nge=,ngeq=,LessTilde,lesssim=,lsim=,GreaterTilde,gsim=,gtrsim' +
  '=,NotLessTilde,nlsim=,NotGreaterTilde,ngsim=,LessGreater,lessgtr=,lg=,GreaterLess,gl=,gtrless=,NotLe' +
  'ssGreater,ntlg=,NotGreaterLess,ntgl=,Precedes,pr=,prec=,Succeeds,sc=,succ=,PrecedesSlantEqual,prcue=' +
  ',preccurlyeq=,SucceedsSlantEqual,sccue=,succcurlyeq=,PrecedesTilde,precsim=,prsim=,SucceedsTilde,scs' +
  'im=,succsim=,NotPrecedes,npr=,nprec=,NotSucceeds,nsc=,nsucc=,sub,subset=,Superset,sup=,supset=,nsub,' +
  'nsup,SubsetEqual,sube=,subseteq=,SupersetEqual,supe=,supseteq=,NotSubsetEqual,nsube=,nsubseteq=,NotS' +
  'upersetEqual,nsupe=,nsupseteq=,subne,subsetneq=,supne,supsetneq=,cupdot.2,UnionPlus,uplus=,SquareSub' +
  'set,sqsub=,sqsubset=,SquareSuperset,sqsup=,sqsupset=,SquareSubsetEqual,sqsube=,sqsubseteq=,SquareSup' +
  'ersetEqual,sqsupe=,sqsupseteq=,SquareIntersection,sqcap=,SquareUnion,sqcup=,CirclePlus,oplus=,Circle' +
  'Minus,ominus=,CircleTimes,otimes=,osol,CircleDot,odot=,circledcirc,ocir=,circledast,oast=,circleddas' +
  'h.2,odash=,boxplus,plusb=,boxminus,minusb=,boxtimes,timesb=,dotsquare,sdotb=,RightTee,vdash=,LeftTee' +
  ',dashv=,DownTee,top=,UpTee,bot=,bottom=,perp=,models.2,DoubleRightTee,vDash=,Vdash,Vvdash,VDash,nvda' +
  'sh,nvDash,nVdash,nVDash,prurel,LeftTriangle.2,vartriangleleft=,vltri=,RightTriangle,vartriangleright' +
  '=,vrtri=,LeftTriangleEqual,ltrie=,trianglelefteq=,RightTriangleEqual,rtrie=,trianglerighteq=,origof,' +
  'imof,multimap,mumap=,hercon,intcal,intercal=,veebar,barvee.2,angrtvb,lrtri,Wedge,bigwedge=,xwedge=,V' +
  'ee,bigvee=,xvee=,Intersection,bigcap=,xcap=,Union,bigcup=,xcup=,Diamond,diam=,diamond=,sdot,Star,sst' +
  'arf=,divideontimes,divonx=,bowtie,ltimes,rtimes,leftthreetimes,lthree=,rightthreetimes,rthree=,backs' +
  'imeq,bsime=,curlyvee,cuvee=,curlywedge,cuwed=,Sub,Subset=,Sup,Supset=,Cap,Cup,fork,pitchfork=,epar,l' +
  'essdot,ltdot=,gtdot,gtrdot=,Ll,Gg,ggg=,LessEqualGreater,leg=,lesseqgtr=,GreaterEqualLess,gel=,gtreql' +
  'ess=,cuepr.3,curlyeqprec=,cuesc,curlyeqsucc=,NotPrecedesSlantEqual,nprcue=,NotSucceedsSlantEqual,nsc' +
  'cue=,NotSquareSubsetEqual,nsqsube=,NotSquareSupersetEqual,nsqsupe=,lnsim.3,gnsim,precnsim,prnsim=,sc' +
  'nsim,succnsim=,NotLeftTriangle,nltri=,ntriangleleft=,NotRightTriangle,nrtri=,ntriangleright=,NotLeft' +
  'TriangleEqual,nltrie=,ntrianglelefteq=,NotRightTriangleEqual,nrtrie=,ntrianglerighteq=,vellip,ctdot,' +
  'utdot,dtdot,disin,isinsv,isins,isindot,notinvc,notinvb,isinE.2,nisd,xnis,nis,notnivc,notnivb,barwed.' +
  '7,barwedge=,Barwed,doublebarwedge=,LeftCeiling.2,lceil=,RightCeiling,rceil=,LeftFloor,lfloor=,RightF' +
  'loor,rfloor=,drcrop,dlcrop,urcrop,ulcrop,bnot,profline.2,profsurf,telrec.2,target,ulcorn.6,ulcorner=' +
  ',urcorn,urcorner=,dlcorn,llcorner=,drcorn,lrcorner=,frown.3,sfrown=,smile,ssmile=,cylcty.a,profalar,' +
  'topbot.8,ovbar.7,solbar.2,angzarr.1p,lmoust.1g,lmoustache=,rmoust,rmoustache=,OverBracket.3,tbrk=,Un' +
  'derBracket,bbrk=,bbrktbrk,OverParenthesis.12,UnderParenthesis,OverBrace,UnderBrace,trpezium.3,elinte' +
  'rs.5,blank.1o,circledS.4l,oS=,HorizontalLine.1k,boxh=,boxv.2,boxdr.a,boxdl.4,boxur.4,boxul.4,boxvr.4' +
  ',boxvl.8,boxhd.8,boxhu.8,boxvh.8,boxH.k,boxV,boxdR,boxDr,boxDR,boxdL,boxDl,boxDL,boxuR,boxUr,boxUR,b' +
  'oxuL,boxUl,boxUL,boxvR,boxVr,boxVR,boxvL,boxVl,boxVL,boxHd,boxhD,boxHD,boxHu,boxhU,boxHU,boxvH,boxVh' +
  ',boxVH,uhblk.k,lhblk.4,block.4,blk14.9,blk12,blk34,Square.e,squ=,square=,FilledVerySmallSquare.9,bla' +
  'cksquare=,squarf=,squf=,EmptyVerySmallSquare,rect.2,marker,fltns.3,bigtriangleup.2,xutri=,blacktrian' +
  'gle,utrif=,triangle,utri=,blacktriangleright.3,rtrif=,rtri,triangleright=,bigtriangledown.4,xdtri=,b' +
  'lacktriangledown,dtrif=,dtri,triangledown=,blacktriangleleft.3,ltrif=,ltri,triangleleft=,loz.7,lozen' +
  'ge=,cir,tridot.x,bigcirc.3,xcirc=,ultri.9,urtri,lltri,EmptySmallSquare,FilledSmallSquare,bigstar.9,s' +
  'tarf=,star,phone.8,female.1e,male.2,spades.u,spadesuit=,clubs.3,clubsuit=,hearts.2,heartsuit=,diamon' +
  'dsuit,diams=,sung.4,flat.3,natur,natural=,sharp,check.4k,checkmark=,cross.4,malt.9,maltese=,sext.m,V' +
  'erticalSeparator.y,lbbrk.q,rbbrk,bsolhsub.2d,suphsol,LeftDoubleBracket.t,lobrk=,RightDoubleBracket,r' +
  'obrk=,LeftAngleBracket,lang=,langle=,RightAngleBracket,rang=,rangle=,Lang,Rang,loang,roang,LongLeftA' +
  'rrow.8,longleftarrow=,xlarr=,LongRightArrow,longrightarrow=,xrarr=,LongLeftRightArrow,longleftrighta' +
  'rrow=,xharr=,DoubleLongLeftArrow,Longleftarrow=,xlArr=,DoubleLongRightArrow,Longrightarrow=,xrArr=,D' +
  'oubleLongLeftRightArrow,Longleftrightarrow=,xhArr=,longmapsto.2,xmap=,dzigrarr.3,nvlArr.77,nvrArr,nv' +
  'Harr,Map,lbarr.7,bkarow,rbarr=,lBarr,dbkarow,rBarr=,RBarr,drbkarow=,DDotrahd,UpArrowBar,DownArrowBar' +
  ',Rarrtl.3,latail.3,ratail,lAtail,rAtail,larrfs,rarrfs,larrbfs,rarrbfs,nwarhk.3,nearhk,hksearow,searh' +
  'k=,hkswarow,swarhk=,nwnear,nesear,toea=,seswar,tosa=,swnwar,rarrc.9,cudarrr.2,ldca,rdca,cudarrl,larr' +
  'pl,curarrm.3,cularrp,rarrpl.8,harrcir.3,Uarrocir,lurdshar,ldrushar,LeftRightVector.3,RightUpDownVect' +
  'or,DownLeftRightVector,LeftUpDownVector,LeftVectorBar,RightVectorBar,RightUpVectorBar,RightDownVecto' +
  'rBar,DownLeftVectorBar,DownRightVectorBar,LeftUpVectorBar,LeftDownVectorBar,LeftTeeVector,RightTeeVe' +
  'ctor,RightUpTeeVector,RightDownTeeVector,DownLeftTeeVector,DownRightTeeVector,LeftUpTeeVector,LeftDo' +
  'wnTeeVector,lHar,uHar,rHar,dHar,luruhar,ldrdhar,ruluhar,rdldhar,lharul,llhard,rharul,lrhard,UpEquili' +
  'brium,udhar=,ReverseUpEquilibrium,duhar=,RoundImplies,erarr,simrarr,larrsim,rarrsim,rarrap,ltlarr,gt' +
  'rarr.2,subrarr,suplarr.2,lfisht,rfisht,ufisht,dfisht,lopar.6,ropar,lbrke.5,rbrke,lbrkslu,rbrksld,lbr' +
  'ksld,rbrkslu,langd,rangd,lparlt,rpargt,gtlPar,ltrPar,vzigzag.4,vangrt.2,angrtvbd,ange.7,range,dwangl' +
  'e,uwangle,angmsdaa,angmsdab,angmsdac,angmsdad,angmsdae,angmsdaf,angmsdag,angmsdah,bemptyv,demptyv,ce' +
  'mptyv,raemptyv,laemptyv,ohbar,omid,opar,operp.2,olcross.2,odsold,olcir.2,ofcir,olt,ogt,cirscir,cirE,' +
  'solb,bsolb,boxbox.4,trisb.4,rtriltri,LeftTriangleBar,RightTriangleBar,iinfin.c,infintie,nvinfin,epar' +
  'sl.5,smeparsl,eqvparsl,blacklozenge.6,lozf=,RuleDelayed.9,dsol.2,bigodot.a,xodot=,bigoplus,xoplus=,b' +
  'igotimes,xotime=,biguplus.2,xuplus=,bigsqcup.2,xsqcup=,iiiint.6,qint=,fpartint,cirfnint.3,awint,rppo' +
  'lint,scpolint,npolint,pointint,quatint,intlarhk,pluscir.b,plusacir,simplus,plusdu,plussim,plustwo,mc' +
  'omma.2,minusdu,loplus.3,roplus,Cross,timesd,timesbar,smashp.2,lotimes,rotimes,otimesas,Otimes,odiv,t' +
  'riplus,triminus,tritime,intprod,iprod=,amalg.3,capdot,ncup.2,ncap,capand,cupor,cupcap,capcup,cupbrca' +
  'p,capbrcup,cupcup,capcap,ccups,ccaps,ccupssm.3,And.3,Or,andand,oror,orslope,andslope,andv.2,orv,andd' +
  ',ord,wedbar.2,sdote.7,simdot.4,congdot.3,easter,apacir,apE,eplus,pluse,Esim,Colone,Equal,ddotseq.2,e' +
  'DDot=,equivDD,ltcir,gtcir,ltquest,gtquest,LessSlantEqual,leqslant=,les=,GreaterSlantEqual,geqslant=,' +
  'ges=,lesdot,gesdot,lesdoto,gesdoto,lesdotor,gesdotol,lap,lessapprox=,gap,gtrapprox=,lne,lneq=,gne,gn' +
  'eq=,lnap,lnapprox=,gnap,gnapprox=,lEg,lesseqqgtr=,gEl,gtreqqless=,lsime,gsime,lsimg,gsiml,lgE,glE,le' +
  'sges,gesles,els,eqslantless=,egs,eqslantgtr=,elsdot,egsdot,el,eg,siml.3,simg,simlE,simgE,LessLess,Gr' +
  'eaterGreater,glj.2,gla,ltcc,gtcc,lescc,gescc,smt,lat,smte,late,bumpE,PrecedesEqual,pre=,preceq=,Succ' +
  'eedsEqual,sce=,succeq=,prE.3,scE,precneqq,prnE=,scnE,succneqq=,prap,precapprox=,scap,succapprox=,pre' +
  'cnapprox,prnap=,scnap,succnapprox=,Pr,Sc,subdot,supdot,subplus,supplus,submult,supmult,subedot,suped' +
  'ot,subE,subseteqq=,supE,supseteqq=,subsim,supsim,subnE.3,subsetneqq=,supnE,supsetneqq=,csub.3,csup,c' +
  'sube,csupe,subsup,supsub,subsub,supsup,suphsub,supdsub,forkv,topfork,mlcp,Dashv.9,DoubleLeftTee=,Vda' +
  'shl.2,Barv,vBar,vBarv,Vbar.2,Not,bNot,rnmid,cirmid,midcir,topcir,nhpar,parsim,parsl.a,fflig.1537,fil' +
  'ig,fllig,ffilig,ffllig,Ascr.16zc,Cscr.2,Dscr,Gscr.3,Jscr.3,Kscr,Nscr.3,Oscr,Pscr,Qscr,Sscr.2,Tscr,Us' +
  'cr,Vscr,Wscr,Xscr,Yscr,Zscr,ascr,bscr,cscr,dscr,fscr.2,hscr.2,iscr,jscr,kscr,lscr,mscr,nscr,pscr.2,q' +
  'scr,rscr,sscr,tscr,uscr,vscr,wscr,xscr,yscr,zscr,Afr.1h,Bfr,Dfr.2,Efr,Ffr,Gfr,Jfr.3,Kfr,Lfr,Mfr,Nfr,' +
  'Ofr,Pfr,Qfr,Sfr.2,Tfr,Ufr,Vfr,Wfr,Xfr,Yfr,afr.2,bfr,cfr,dfr,efr,ffr,gfr,hfr,ifr,jfr,kfr,lfr,mfr,nfr,' +
  'ofr,pfr,qfr,rfr,sfr,tfr,ufr,vfr,wfr,xfr,yfr,zfr,Aopf,Bopf,Dopf.2,Eopf,Fopf,Gopf,Iopf.2,Jopf,Kopf,Lop' +
  'f,Mopf,Oopf.2,Sopf.4,Topf,Uopf,Vopf,Wopf,Xopf,Yopf,aopf.2,bopf,copf,dopf,eopf,fopf,gopf,hopf,iopf,jo' +
  'pf,kopf,lopf,mopf,nopf,oopf,popf,qopf,ropf,sopf,topf,uopf,vopf,wopf,xopf,yopf,zopf';

/** References to two code points: `name.<base 36>.<base 36>`. */
export const DOUBLE =
  'NotEqualTilde.6rm.mw,NotGreaterFullEqual.6sn.mw,NotGreaterGreater.6sr.mw,NotGreaterSlantEqual.8e6.mw' +
  ',NotHumpDownHump.6ry.mw,NotHumpEqual.6rz.mw,NotLeftTriangleBar.89b.mw,NotLessLess.6sq.mw,NotLessSlan' +
  'tEqual.8e5.mw,NotNestedGreaterGreater.8f6.mw,NotNestedLessLess.8f5.mw,NotPrecedesEqual.8fj.mw,NotRig' +
  'htTriangleBar.89c.mw,NotSquareSubset.6tr.mw,NotSquareSuperset.6ts.mw,NotSubset.6te.6he,NotSucceedsEq' +
  'ual.8fk.mw,NotSucceedsTilde.6tb.mw,NotSuperset.6tf.6he,ThickSpace.6e7.6bu,acE.6ri.mr,bne.1p.6hx,bneq' +
  'uiv.6sh.6hx,caps.6qx.1e68,cups.6qy.1e68,fjlig.2u.2y,gesl.6vv.1e68,gvertneqq.6sp.1e68,gvnE.6sp.1e68,l' +
  'ates.8fh.1e68,lesg.6vu.1e68,lvertneqq.6so.1e68,lvnE.6so.1e68,nGg.6vt.mw,nGt.6sr.6he,nGtv.6sr.mw,nLl.' +
  '6vs.mw,nLt.6sq.6he,nLtv.6sq.mw,nang.6qo.6he,napE.8ds.mw,napid.6rv.mw,nbump.6ry.mw,nbumpe.6rz.mw,ncon' +
  'gdot.8dp.mw,nedot.6s0.mw,nesim.6rm.mw,ngE.6sn.mw,ngeqq.6sn.mw,ngeqslant.8e6.mw,nges.8e6.mw,nlE.6sm.m' +
  'w,nleqq.6sm.mw,nleqslant.8e5.mw,nles.8e5.mw,notinE.6wp.mw,notindot.6wl.mw,nparsl.8hp.6hx,npart.6pu.m' +
  'w,npre.8fj.mw,npreceq.8fj.mw,nrarrc.84z.mw,nrarrw.6n1.mw,nsce.8fk.mw,nsubE.8g5.mw,nsubset.6te.6he,ns' +
  'ubseteqq.8g5.mw,nsucceq.8fk.mw,nsupE.8g6.mw,nsupset.6tf.6he,nsupseteqq.8g6.mw,nvap.6rx.6he,nvge.6sl.' +
  '6he,nvgt.1q.6he,nvle.6sk.6he,nvlt.1o.6he,nvltrie.6us.6he,nvrtrie.6ut.6he,nvsim.6rg.6he,race.6rh.mp,s' +
  'mtes.8fg.1e68,sqcaps.6tv.1e68,sqcups.6tw.1e68,varsubsetneq.6tm.1e68,varsubsetneqq.8gb.1e68,varsupset' +
  'neq.6tn.1e68,varsupsetneqq.8gc.1e68,vnsub.6te.6he,vnsup.6tf.6he,vsubnE.8gb.1e68,vsubne.6tm.1e68,vsup' +
  'nE.8gc.1e68,vsupne.6tn.1e68';

/** The references HTML also reads without their semicolon, from before HTML required one. */
export const LEGACY =
  'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute I' +
  'circ Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave' +
  ' Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy cur' +
  'ren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest' +
  ' iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml pa' +
  'ra plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uum' +
  'l yacute yen yuml';
